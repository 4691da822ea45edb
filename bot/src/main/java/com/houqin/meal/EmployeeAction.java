package com.houqin.meal;

import java.time.LocalDate;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.people.Role;

/** A button of an employee's own meals: employees only, checked at every press. */
abstract class EmployeeAction implements ButtonAction {

    @Override
    public Access access() {
        return Access.roles(Role.EMPLOYEE);
    }

    /** The date a button names, or null if it names none (a forged or broken button). */
    static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
