package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * /cars: for dispatchers, a day per car (its trips, or free) and the trips still waiting for a
 * car; for drivers, their own trips, with Done once a trip has left.
 */
@Component
class DaySchedule {

    static final String DAY = "car.day";
    static final String SHOW = "car.show";

    private final CarDays days;
    private final Fleet fleet;
    private final CarFormats f;
    private final Clock clock;

    DaySchedule(CarDays days, Fleet fleet, CarFormats f, Clock clock) {
        this.days = days;
        this.fleet = fleet;
        this.f = f;
        this.clock = clock;
    }

    Outgoing forDispatcher(Incoming in, LocalDate date) {
        CarDay day = days.load(date);
        StringBuilder text = new StringBuilder(in.t("car.schedule.title", f.date(date, in.language())));
        Set<String> plates = new LinkedHashSet<>();
        fleet.activeVehicles().forEach(v -> plates.add(v.plate()));
        day.trips().stream().filter(t -> t.plate() != null && (t.status() == TripStatus.ASSIGNED
                || t.status() == TripStatus.DONE)).map(Trip::plate).sorted().forEach(plates::add);
        for (String plate : plates) {
            text.append("\n\n🚙 ").append(f.vehicle(in.language(), plate));
            List<Trip> trips = day.trips().stream().filter(t -> plate.equals(t.plate())
                            && (t.status() == TripStatus.ASSIGNED || t.status() == TripStatus.DONE))
                    .sorted(Comparator.comparing(Trip::departure)).toList();
            if (trips.isEmpty()) {
                text.append('\n').append(in.t("car.schedule.free"));
            }
            for (Trip t : trips) {
                List<Booking> riders = day.riders(t.no());
                text.append('\n').append(in.t("car.schedule.trip", f.time(t.departure()), f.time(t.returnBy()),
                        String.valueOf(t.no()), t.driverName(), day.people(t.no()), f.destinations(riders)));
                if (t.status() == TripStatus.DONE) {
                    text.append(' ').append(in.t("car.schedule.done"));
                }
            }
        }
        List<Trip> waiting = day.trips().stream().filter(t -> t.status() == TripStatus.WAITING)
                .sorted(Comparator.comparing(Trip::departure)).toList();
        List<Button> open = new ArrayList<>();
        if (!waiting.isEmpty()) {
            text.append("\n\n").append(in.t("car.schedule.waiting", waiting.size()));
            for (Trip t : waiting) {
                List<Booking> riders = day.riders(t.no());
                text.append('\n').append(in.t("car.schedule.waiting-trip", f.time(t.departure()),
                        String.valueOf(t.no()), day.people(t.no()), f.destinations(riders),
                        riders.stream().map(Booking::requesterName).collect(Collectors.joining(", "))));
                open.add(in.button(in.t("car.button.open-trip", String.valueOf(t.no())), SHOW,
                        "date", day.date(), "trip", String.valueOf(t.no())));
            }
        }
        return Outgoing.builder(text.toString()).grid(open, 3).row(
                in.button("« " + f.date(date.minusDays(1), in.language()), DAY, "date", date.minusDays(1).toString()),
                in.button(f.date(date.plusDays(1), in.language()) + " »", DAY, "date", date.plusDays(1).toString()))
                .build();
    }

    Outgoing forDriver(Incoming in, LocalDate first, LocalDate last) {
        Instant now = clock.instant();
        StringBuilder text = new StringBuilder(first.equals(last)
                ? in.t("car.schedule.mine-day", f.date(first, in.language()))
                : in.t("car.schedule.mine", f.date(first, in.language())));
        List<Button> done = new ArrayList<>();
        boolean any = false;
        for (CarDay day : days.between(first, last)) {
            List<Trip> mine = day.trips().stream().filter(t -> Long.valueOf(in.userId()).equals(t.driverId())
                            && (t.status() == TripStatus.ASSIGNED || t.status() == TripStatus.DONE))
                    .sorted(Comparator.comparing(Trip::departure)).toList();
            for (Trip t : mine) {
                any = true;
                List<Booking> riders = day.riders(t.no());
                text.append("\n\n").append(in.t("car.schedule.my-trip", f.date(day, in.language()),
                        f.time(t.departure()), f.time(t.returnBy()), String.valueOf(t.no()),
                        f.vehicle(in.language(), t.plate()), f.destinations(riders)));
                for (Booking r : riders) {
                    text.append('\n').append(f.riderLine(in.language(), r));
                }
                if (t.status() == TripStatus.DONE) {
                    text.append('\n').append(in.t("car.schedule.done"));
                } else if (!now.isBefore(t.departure())) {
                    done.add(in.button(in.t("car.button.done", String.valueOf(t.no())), ReminderNews.DONE,
                            "date", day.date(), "trip", String.valueOf(t.no())));
                }
            }
        }
        if (!any) {
            text.append("\n\n").append(in.t("car.schedule.mine-none"));
        }
        return Outgoing.builder(text.toString()).grid(done, 1).build();
    }
}
