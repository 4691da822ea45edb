package com.houqin.car;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;

/** /car: book a company car. */
@Component
class CarCommand implements Command {

    private final FormEngine forms;
    private final Fleet fleet;

    CarCommand(FormEngine forms, Fleet fleet) {
        this.forms = forms;
        this.fleet = fleet;
    }

    @Override
    public String name() {
        return "car";
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void handle(Incoming in, String args) {
        if (fleet.largestSeats() == 0) {
            in.say("car.no-vehicles");
            return;
        }
        forms.start(in, CarForm.NAME, Map.of());
    }
}
