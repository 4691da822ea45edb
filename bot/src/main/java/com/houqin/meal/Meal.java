package com.houqin.meal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/**
 * A meal the canteen serves: its id (used in keys, e.g. "lunch"), an optional display name
 * (otherwise the bundle's {@code meal.name.<id>}), its cut-off time and how many days before
 * the meal that is, and the weekdays it is served.
 */
public record Meal(String id, String name, LocalTime cutoff, int daysBefore, Set<DayOfWeek> days) {

    public Meal {
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,19}")) {
            throw new IllegalArgumentException("houqin.meal.meals: a meal id is 1 to 20 lower-case letters, digits"
                    + " or dashes, starting with a letter: " + id);
        }
        if (cutoff == null) {
            throw new IllegalArgumentException("houqin.meal.meals." + id + ".cutoff is required, like 09:30");
        }
        if (daysBefore < 0 || daysBefore > 7) {
            throw new IllegalArgumentException("houqin.meal.meals." + id + ".days-before must be 0 to 7");
        }
        days = Set.copyOf(days);
    }

    /** Where the cut-off falls relative to the meal's day; meals are listed in this order. */
    Duration cutoffOffset() {
        return Duration.ofDays(-daysBefore).plusSeconds(cutoff.toSecondOfDay());
    }
}
