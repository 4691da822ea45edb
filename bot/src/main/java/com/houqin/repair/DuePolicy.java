package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import com.houqin.scheduler.BusinessCalendar;

/**
 * The same-day rule: when a job must be accepted and when it must be done.
 * Routine jobs run on working time; urgent jobs (hazards, leaks, power failures) on the clock.
 */
@Component
public class DuePolicy {

    private final BusinessCalendar calendar;
    private final RepairProperties properties;

    public DuePolicy(BusinessCalendar calendar, RepairProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public Instant responseDue(Instant reported, boolean urgent) {
        if (urgent) {
            return reported.plus(properties.urgentResponseTime());
        }
        return plusWorkingTime(reported, properties.responseTime());
    }

    public Instant resolutionDue(Instant reported, boolean urgent) {
        if (urgent) {
            return reported.plus(properties.urgentResolutionTime());
        }
        ZonedDateTime at = reported.atZone(calendar.zone());
        LocalDate day = at.toLocalDate();
        boolean sameDay = calendar.isWorkingDay(day) && at.toLocalTime().isBefore(properties.sameDayCutoff());
        LocalDate dueDay = sameDay ? day : calendar.nextWorkingDay(day);
        return calendar.endOfWorkingDay(dueDay);
    }

    /**
     * Counts working time only: 30 minutes from 17:20, with work ending at 17:30, are 10 minutes
     * today and 20 the next working morning (08:50 when work starts at 08:30).
     */
    private Instant plusWorkingTime(Instant from, Duration amount) {
        Instant at = startOfWork(from);
        Duration left = amount;
        while (true) {
            Instant dayEnds = calendar.endOfWorkingDay(calendar.dateOf(at));
            Duration today = Duration.between(at, dayEnds);
            if (left.compareTo(today) <= 0) {
                return at.plus(left);
            }
            left = left.minus(today);
            at = startOfWork(dayEnds);
        }
    }

    /** The instant itself during working hours, else the start of the next working period. */
    private Instant startOfWork(Instant t) {
        if (calendar.isWithinWorkingHours(t)) {
            return t;
        }
        ZonedDateTime at = t.atZone(calendar.zone());
        LocalDate day = at.toLocalDate();
        if (calendar.isWorkingDay(day) && at.toLocalTime().isBefore(calendar.workStarts())) {
            return calendar.at(day, calendar.workStarts()).toInstant();
        }
        return calendar.at(calendar.nextWorkingDay(day), calendar.workStarts()).toInstant();
    }
}
