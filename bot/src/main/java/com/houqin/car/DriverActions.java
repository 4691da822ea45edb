package com.houqin.car;

import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;
import static com.houqin.car.CarButtons.number;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Role;

/** The driver's Done button: the trip is marked done at once, then the odometer is asked for. */
@Component
class DriverActions implements ButtonSet {

    private final Dispatch dispatch;
    private final FormEngine forms;

    DriverActions(Dispatch dispatch, FormEngine forms) {
        this.dispatch = dispatch;
        this.forms = forms;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(carButton(ReminderNews.DONE, Access.roles(Role.DRIVER, Role.DISPATCHER), this::done));
    }

    private void done(Incoming in, ButtonRecord button) {
        LocalDate date = date(button);
        int tripNo = number(button, "trip");
        Trip before = dispatch.trip(date, tripNo);
        if (before != null && before.status() == TripStatus.DONE) {
            throw new Refusal("car.trip-done", String.valueOf(tripNo));
        }
        dispatch.done(date, tripNo, in.approvedPerson());
        in.answerButton(in.t("car.done-short", String.valueOf(tripNo)));
        forms.start(in, OdometerForm.NAME, Map.of("date", date.toString(), "trip", String.valueOf(tripNo)));
    }
}
