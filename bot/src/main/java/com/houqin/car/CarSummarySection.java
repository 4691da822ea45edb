package com.houqin.car;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.summary.SummaryRequest;
import com.houqin.summary.SummarySection;

/**
 * The cars in the summary: the trips from now to the end of the next working day (for a
 * dispatcher with each rider and their @username), the requests still waiting for a decision, and
 * this week's pooled trips (the cars saved).
 */
@Component
class CarSummarySection implements SummarySection {

    private static final int LISTED = 8;

    private final CarDays days;
    private final BusinessCalendar calendar;
    private final CarFormats f;

    CarSummarySection(CarDays days, BusinessCalendar calendar, CarFormats f) {
        this.days = days;
        this.calendar = calendar;
        this.f = f;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<Role> readers() {
        return Set.of(Role.MANAGER, Role.DISPATCHER);
    }

    @Override
    public List<String> lines(SummaryRequest report) {
        Language lang = report.language();
        LocalDate today = report.day();
        List<String> lines = new ArrayList<>();
        boolean withRiders = report.readBy(Role.DISPATCHER);
        for (CarDay day : days.between(today, calendar.nextWorkingDay(today))) {
            List<Trip> trips = day.openTrips().stream().filter(t -> t.returnBy().isAfter(report.asOf())).toList();
            if (trips.isEmpty()) {
                continue;
            }
            int people = trips.stream().mapToInt(t -> day.people(t.no())).sum();
            lines.add(f.t(lang, "car.summary.trips", f.date(day, lang), trips.size(), people));
            for (Trip t : trips) {
                List<Booking> riders = day.riders(t.no());
                lines.add(t.status() == TripStatus.ASSIGNED
                        ? f.t(lang, "car.summary.trip", f.time(t.departure()), String.valueOf(t.no()), t.plate(),
                        t.driverName(), f.destinations(riders), day.people(t.no()))
                        : f.t(lang, "car.summary.trip-waiting", f.time(t.departure()), String.valueOf(t.no()),
                        f.destinations(riders), day.people(t.no())));
                if (withRiders) {
                    riders.forEach(r -> lines.add("   " + f.riderLine(lang, r)));
                }
            }
        }
        List<Waiting> waiting = new ArrayList<>();
        for (CarDay day : days.from(today)) {
            day.bookings().stream().filter(b -> b.status() == BookingStatus.PENDING
                    && b.departure().isAfter(report.asOf())).forEach(b -> waiting.add(new Waiting(day, b)));
        }
        if (!waiting.isEmpty()) {
            waiting.sort(Comparator.comparing(w -> w.booking().departure()));
            lines.add(f.t(lang, "car.summary.waiting", waiting.size()));
            for (Waiting w : waiting.subList(0, Math.min(LISTED, waiting.size()))) {
                Booking b = w.booking();
                lines.add(f.t(lang, "car.summary.waiting-one", String.valueOf(b.no()), f.date(w.day(), lang),
                        f.time(b.departure()), b.destination(), b.requesterName(),
                        b.department() == null ? "—" : b.department()));
            }
        }
        int pooledTrips = 0;
        int carsSaved = 0;
        for (CarDay day : days.between(today.with(DayOfWeek.MONDAY), today.with(DayOfWeek.SUNDAY))) {
            for (Trip t : day.trips()) {
                int riders = day.riders(t.no()).size();
                if (t.status() != TripStatus.MERGED && t.status() != TripStatus.CANCELLED && riders > 1) {
                    pooledTrips++;
                    carsSaved += riders - 1;
                }
            }
        }
        if (pooledTrips > 0) {
            lines.add(f.t(lang, "car.summary.pooled", pooledTrips, carsSaved));
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        lines.add(0, f.t(lang, "car.summary.title"));
        return lines;
    }

    private record Waiting(CarDay day, Booking booking) {
    }
}
