package com.houqin.scheduler;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The workplace's calendar: its time zone, which days are worked, and the working hours.
 * Every time-of-day rule (same-day repairs, cut-offs, the summary) is read through it.
 */
public class BusinessCalendar {

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkingDays;
    private final LocalTime workStarts;
    private final LocalTime workEnds;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, Set<LocalDate> holidays,
                            Set<LocalDate> extraWorkingDays, LocalTime workStarts, LocalTime workEnds) {
        if (!workStarts.isBefore(workEnds)) {
            throw new IllegalArgumentException("the working day must start before it ends");
        }
        this.zone = zone;
        this.workingDays = Set.copyOf(workingDays);
        this.holidays = Set.copyOf(holidays);
        this.extraWorkingDays = Set.copyOf(extraWorkingDays);
        this.workStarts = workStarts;
        this.workEnds = workEnds;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime workStarts() {
        return workStarts;
    }

    public LocalTime workEnds() {
        return workEnds;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    /** A day people work: a usual working weekday that is not a holiday, or a make-up working day. */
    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone);
    }

    /** The first working day strictly after the given one. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        for (int i = 0; i < 366 && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    public Instant endOfWorkingDay(LocalDate date) {
        return at(date, workEnds).toInstant();
    }

    public boolean isWithinWorkingHours(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        LocalTime time = t.toLocalTime();
        return isWorkingDay(t.toLocalDate()) && !time.isBefore(workStarts) && time.isBefore(workEnds);
    }
}
