package com.houqin.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/** The schedules the features use. */
public final class Schedules {

    private static final int MAX_DAYS_AHEAD = 800;

    private Schedules() {
    }

    /** A sweep that runs every so often (escalation checks, clean-ups). */
    public static Schedule every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        return after -> after.plus(interval);
    }

    /** Once a day at a local time of the business calendar, on the days the predicate accepts. */
    public static Schedule dailyAt(LocalTime time, BusinessCalendar calendar, Predicate<LocalDate> onDays) {
        return after -> {
            LocalDate day = calendar.dateOf(after);
            for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
                ZonedDateTime candidate = calendar.at(day, time);
                if (candidate.toInstant().isAfter(after) && onDays.test(day)) {
                    return candidate.toInstant();
                }
            }
            return Instant.MAX;
        };
    }

    /** Once a working day at a local time. */
    public static Schedule workingDaysAt(LocalTime time, BusinessCalendar calendar) {
        return dailyAt(time, calendar, calendar::isWorkingDay);
    }
}
