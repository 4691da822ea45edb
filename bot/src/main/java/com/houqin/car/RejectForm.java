package com.houqin.car;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.Role;

/**
 * A dispatcher declines a request: the reason, picked from the usual ones (which the requester
 * then reads in their own language) or typed.
 */
@Component
class RejectForm extends CarsForm {

    static final String NAME = "car-reject";
    static final String REASON_PREFIX = "reason:";
    private static final List<String> REASONS = List.of("no-car", "no-driver", "too-late", "other-transport");

    private final Dispatch dispatch;

    RejectForm(Dispatch dispatch) {
        super(NAME, Access.roles(Role.DISPATCHER));
        this.dispatch = dispatch;
    }

    @Override
    public List<Step> steps() {
        return List.of(Question.ask("reason")
                .prompt((in, d) -> in.t("car.reject-ask", d.get("booking"), d.get("who")))
                .choices((in, d) -> REASONS.stream()
                        .map(r -> new Choice(in.t("car.reject-reason." + r), REASON_PREFIX + r)).toList())
                .perRow(1).freeText(200).build());
    }

    @Override
    void submit(Incoming in, FormData data) {
        int booking = Integer.parseInt(data.get("booking"));
        dispatch.reject(LocalDate.parse(data.get("date")), booking, data.get("reason"), in.approvedPerson());
        in.say("car.rejected-done", String.valueOf(booking));
    }
}
