package com.houqin.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods a manager can choose; a running week or month ends today. */
public enum ReportPeriod {
    THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH;

    /** The first day of the period that contains or precedes {@code today}. */
    public LocalDate first(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case THIS_WEEK -> monday;
            case LAST_WEEK -> monday.minusWeeks(1);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
        };
    }

    /** The last day, included. */
    public LocalDate last(LocalDate today) {
        return switch (this) {
            case THIS_WEEK, THIS_MONTH -> today;
            case LAST_WEEK -> first(today).plusDays(6);
            case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
        };
    }

    public String textKey() {
        return "report.period." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ReportPeriod parse(String value) {
        try {
            return value == null ? null : valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
