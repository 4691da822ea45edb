package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.car.CarDays.Changed;

/**
 * A trip's new departure, set by a dispatcher: the times it may move to and the move itself, one
 * atomic change of its day ({@link CarDays}), checked against the trip as it is then; a
 * {@link Refusal} says why it cannot be made.
 */
@Component
class TripRetime {

    private final CarDays days;
    private final PoolingRule rule;
    private final CarNotices notices;
    private final CarFormats f;
    private final Clock clock;

    TripRetime(CarDays days, PoolingRule rule, CarNotices notices, CarFormats f, Clock clock) {
        this.days = days;
        this.rule = rule;
        this.notices = notices;
        this.f = f;
        this.clock = clock;
    }

    /**
     * The departures a dispatcher may move a trip to; for an assigned trip only those at which its
     * car and driver are still free.
     */
    List<Instant> departureChoices(CarDay day, Trip trip) {
        List<Booking> riders = day.riders(trip.no());
        List<Instant> choices = rule.retimeChoices(riders, clock.instant());
        if (trip.status() != TripStatus.ASSIGNED) {
            return choices;
        }
        Instant back = PoolingRule.latestReturn(riders);
        return choices.stream().filter(t -> t.equals(trip.departure()) || carAndDriverFree(day, trip, t, back))
                .toList();
    }

    /** Moves a waiting trip, or an assigned one that has not left, whose car and driver are free then. */
    Trip retime(LocalDate date, int tripNo, Instant departure) {
        Instant now = clock.instant();
        Changed c = days.change(date, day -> {
            Trip trip = day.tripOrRefuse(tripNo);
            explainIfNotMovable(trip, now);
            List<Booking> riders = day.riders(tripNo);
            if (!rule.suits(riders, departure, now)) {
                throw new Refusal("car.time-unsuitable");
            }
            if (departure.equals(trip.departure())) {
                return day;
            }
            Instant back = PoolingRule.latestReturn(riders);
            if (trip.status() == TripStatus.ASSIGNED) {
                day.vehicleBusy(trip.plate(), departure, back, tripNo).ifPresent(other -> {
                    throw new Refusal("car.retime-vehicle-busy", trip.plate(), String.valueOf(other.no()),
                            f.time(other.departure()), f.time(other.returnBy()));
                });
                day.driverBusy(trip.driverId(), departure, back, tripNo).ifPresent(other -> {
                    throw new Refusal("car.retime-driver-busy", trip.driverName(), String.valueOf(other.no()),
                            f.time(other.departure()), f.time(other.returnBy()));
                });
            }
            return day.with(trip.retimed(departure, back, now));
        }, notices.retimed(tripNo));
        return c.after().trip(tripNo).orElseThrow();
    }

    private static boolean carAndDriverFree(CarDay day, Trip trip, Instant departure, Instant back) {
        return day.vehicleBusy(trip.plate(), departure, back, trip.no()).isEmpty()
                && day.driverBusy(trip.driverId(), departure, back, trip.no()).isEmpty();
    }

    /** A trip may be moved while it waits for a car, or once assigned, until it leaves. */
    static void explainIfNotMovable(Trip trip, Instant now) {
        if (trip.status() != TripStatus.ASSIGNED) {
            Dispatch.explainIfNotWaiting(trip);
        } else if (!trip.departure().isAfter(now)) {
            throw new Refusal("car.retime-departed", String.valueOf(trip.no()), trip.driverName());
        }
    }
}
