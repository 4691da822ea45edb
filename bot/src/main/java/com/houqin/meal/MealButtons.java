package com.houqin.meal;

import java.time.LocalDate;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;

/** What the meal buttons and forms share: who may use them, and buttons that name a day. */
final class MealButtons {

    /** An employee's own meals and settings: employees only, checked at every press. */
    static final Access EMPLOYEES = Access.roles(Role.EMPLOYEE);

    /** The cooks' buttons and forms on headcounts. */
    static final Access COOKS = Access.roles(Role.COOK);

    private MealButtons() {
    }

    @FunctionalInterface
    interface DayHandler {
        void handle(Incoming in, LocalDate date, ButtonRecord button);
    }

    /** A button for a day (its "date"); a forged or broken one, naming none, is told it is unknown. */
    static ButtonAction onDay(String name, Access access, DayHandler handler) {
        return ButtonAction.of(name, access, (in, button) -> {
            LocalDate date = date(button.arg("date"));
            if (date == null) {
                in.say("chat.button-unknown");
                return;
            }
            handler.handle(in, date, button);
        });
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
