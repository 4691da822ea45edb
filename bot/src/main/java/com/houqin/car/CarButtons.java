package com.houqin.car;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;

/**
 * How car buttons are declared. A button's arguments come from our own records, but a record can
 * be old: anything that no longer fits, and any change that cannot be made, gets a polite answer
 * instead of an error.
 */
final class CarButtons {

    /** Who may press the dispatcher's buttons. */
    static final Access DISPATCHERS = Access.roles(Role.DISPATCHER);

    private CarButtons() {
    }

    /** A button whose {@link Refusal}s are answered politely. */
    static ButtonAction carButton(String name, Access access, ButtonAction.Handler handler) {
        return ButtonAction.of(name, access, (in, button) -> {
            try {
                handler.handle(in, button);
            } catch (Refusal refusal) {
                refuse(in, refusal);
            }
        });
    }

    /** What a button on a trip does with the trip's day and the trip, as they are now. */
    @FunctionalInterface
    interface TripHandler {
        void handle(Incoming in, CarDay day, Trip trip, ButtonRecord button);
    }

    /** A car button on one trip (args "date" and "trip"): loads its day and the trip, or refuses. */
    static ButtonAction tripButton(String name, Access access, CarDays days, TripHandler handler) {
        return carButton(name, access, (in, button) -> {
            CarDay day = days.load(date(button));
            handler.handle(in, day, day.tripOrRefuse(number(button, "trip")), button);
        });
    }

    /** Answers the press and says why nothing was done. */
    static void refuse(Incoming in, Refusal refusal) {
        in.answerButton(null);
        in.say(refusal.key(), refusal.args());
    }

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
