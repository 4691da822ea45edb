package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.scheduler.BusinessCalendar;
import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;

/**
 * Every {@code houqin.car.reminder-sweep}, finds assigned trips whose reminder time has come and
 * reminds their riders and driver. Each reminder is claimed in the trip's day before it is
 * sent, so it goes out once across instances; when several leads are due at once (a trip
 * assigned late), one reminder is sent for all of them.
 */
@Component
class DepartureReminders implements ScheduledTask {

    private final CarDays days;
    private final CarNotices notices;
    private final CarProperties properties;
    private final BusinessCalendar calendar;
    private final Clock clock;

    DepartureReminders(CarDays days, CarNotices notices, CarProperties properties, BusinessCalendar calendar,
                       Clock clock) {
        this.days = days;
        this.notices = notices;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "car-reminders";
    }

    @Override
    public Schedule schedule() {
        return Schedules.every(properties.reminderSweep());
    }

    @Override
    public void run(Instant scheduledFor) {
        if (properties.reminderLeads().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Duration longest = properties.reminderLeads().stream().max(Comparator.naturalOrder()).orElseThrow();
        for (CarDay day : days.between(calendar.dateOf(now), calendar.dateOf(now.plus(longest)))) {
            for (Trip trip : day.trips()) {
                if (!dueLeads(trip, now).isEmpty()) {
                    remind(day, trip.no(), now);
                }
            }
        }
    }

    private void remind(CarDay seen, int tripNo, Instant now) {
        days.change(seen.day(), day -> {
            Trip trip = day.trip(tripNo).orElse(null);
            List<Duration> due = trip == null ? List.of() : dueLeads(trip, now);
            if (due.isEmpty()) {
                return day;
            }
            return day.with(trip.remindedOf(due.stream().map(Duration::toString).toList()));
        }, (before, after) -> {
            // one reminder for all the leads that came due at once: the nearest to departure
            Trip trip = after.trip(tripNo).orElseThrow();
            List<String> already = before.trip(tripNo).map(Trip::reminded).orElse(List.of());
            Duration shortest = properties.reminderLeads().stream()
                    .filter(l -> trip.reminded().contains(l.toString()) && !already.contains(l.toString()))
                    .min(Comparator.naturalOrder()).orElseThrow();
            return notices.reminded(tripNo, shortest).of(before, after);
        });
    }

    private List<Duration> dueLeads(Trip trip, Instant now) {
        if (trip.status() != TripStatus.ASSIGNED || !trip.departure().isAfter(now)) {
            return List.of();
        }
        return properties.reminderLeads().stream()
                .filter(lead -> !now.isBefore(trip.departure().minus(lead)))
                .filter(lead -> !trip.reminded().contains(lead.toString()))
                .toList();
    }
}
