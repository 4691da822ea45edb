package com.houqin.meal;

import java.time.LocalDate;

/** One meal on one day: what people register for and cooks count. */
public record Slot(LocalDate date, Meal meal) {

    /** "2026-11-27:lunch". */
    public String key() {
        return date + ":" + meal.id();
    }

    /** The id of a person's registration for this slot: at most one per person, date and meal. */
    public String registrationId(long personId) {
        return personId + ":" + key();
    }
}
