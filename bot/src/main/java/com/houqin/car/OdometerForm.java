package com.houqin.car;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.Role;

/** After Done, the driver may type the odometer reading (or skip it). */
@Component
class OdometerForm extends CarsForm {

    static final String NAME = "car-odometer";
    private static final String SKIP = "skip";
    private static final int MAX_KM = 9_999_999;

    private final Dispatch dispatch;

    OdometerForm(Dispatch dispatch) {
        super(NAME, Access.roles(Role.DRIVER, Role.DISPATCHER));
        this.dispatch = dispatch;
    }

    @Override
    public List<Step> steps() {
        return List.of(Question.ask("km").prompt((in, d) -> in.t("car.ask-odometer", d.get("trip")))
                .choices((in, d) -> List.of(new Choice(in.t("car.button.skip"), SKIP)))
                .text((in, d, text) -> reading(text)).build());
    }

    private static Parsed reading(String text) {
        String digits = text.replaceAll("[\\s,.]|km|公里", "");
        if (!digits.matches("\\d{1,7}")) {
            return Parsed.error("car.odometer-number");
        }
        int km = Integer.parseInt(digits);
        return km > MAX_KM ? Parsed.error("car.odometer-number") : Parsed.ok(String.valueOf(km));
    }

    @Override
    void submit(Incoming in, FormData data) {
        if (SKIP.equals(data.get("km"))) {
            in.say("car.odometer-skipped");
            return;
        }
        dispatch.odometer(LocalDate.parse(data.get("date")), Integer.parseInt(data.get("trip")),
                Integer.parseInt(data.get("km")), in.approvedPerson());
        in.say("car.odometer-saved", data.get("km"), data.get("trip"));
    }
}
