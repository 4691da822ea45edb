package com.houqin.car;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;

/**
 * A car button. Its arguments come from our own records, but a record can be old: anything that
 * no longer fits, and any change that cannot be made, gets a polite answer instead of an error.
 */
abstract class CarAction implements ButtonAction {

    @Override
    public final void handle(Incoming in, ButtonRecord button) {
        try {
            act(in, button);
        } catch (Refusal refusal) {
            in.answerButton(null);
            in.say(refusal.key(), refusal.args());
        }
    }

    abstract void act(Incoming in, ButtonRecord button);

    static LocalDate date(ButtonRecord button) {
        try {
            return LocalDate.parse(button.arg("date"));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new Refusal("chat.button-unknown");
        }
    }

    static int number(ButtonRecord button, String name) {
        try {
            return Integer.parseInt(button.arg(name));
        } catch (NumberFormatException e) {
            throw new Refusal("chat.button-unknown");
        }
    }

    static long longNumber(ButtonRecord button, String name) {
        try {
            return Long.parseLong(button.arg(name));
        } catch (NumberFormatException e) {
            throw new Refusal("chat.button-unknown");
        }
    }
}
