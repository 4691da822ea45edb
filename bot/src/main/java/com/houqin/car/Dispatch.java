package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.car.CarDays.Changed;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;

/**
 * What dispatchers and drivers do to trips: pool, assign a car and a driver, decline, mark done
 * (a new time is {@link TripRetime}). Each is one atomic change of the trip's day (see {@link CarDays}); when
 * the trip changed meanwhile the change is re-checked against what it has become, and a
 * {@link Refusal} says why it cannot be made.
 */
@Component
class Dispatch {

    private final CarDays days;
    private final PoolingRule rule;
    private final Fleet fleet;
    private final People people;
    private final CarNotices notices;
    private final CarFormats f;
    private final Clock clock;

    Dispatch(CarDays days, PoolingRule rule, Fleet fleet, People people, CarNotices notices, CarFormats f,
             Clock clock) {
        this.days = days;
        this.rule = rule;
        this.fleet = fleet;
        this.people = people;
        this.notices = notices;
        this.f = f;
        this.clock = clock;
    }

    /** Puts the riders of {@code tripNo} into {@code intoNo}; returns the pooled trip. */
    Trip pool(LocalDate date, int tripNo, int intoNo, Person by) {
        PoolingRule.Cars cars = PoolingRule.Cars.of(fleet.vehicles());
        Instant now = clock.instant();
        Changed c = days.change(date, day -> {
            Trip trip = day.tripOrRefuse(tripNo);
            Trip into = followMerges(day, day.tripOrRefuse(intoNo));
            explainIfNotWaiting(trip);
            rule.check(day, trip, into, cars, now);
            List<Booking> all = new ArrayList<>(day.riders(tripNo));
            all.addAll(day.riders(into.no()));
            boolean assigned = into.status() == TripStatus.ASSIGNED;
            Instant departure = assigned ? into.departure() : rule.proposedDeparture(all, now);
            Instant back = PoolingRule.latestReturn(all);
            if (assigned && into.returnBy().isAfter(back)) {
                back = into.returnBy();
            }
            CarDay next = day;
            for (Booking b : day.riders(tripNo)) {
                Booking moved = b.inTrip(into.no());
                next = next.with(assigned ? moved.withStatus(BookingStatus.APPROVED, null, into.decidedBy()) : moved);
            }
            return next.with(trip.mergedInto(into.no(), by.displayName())).with(into.withTimes(departure, back));
        }, notices.pooled(tripNo));
        int pooled = c.after().trip(tripNo).map(Trip::mergedInto).orElseThrow();
        return c.after().trip(pooled).orElseThrow();
    }

    /** A trip pooled into another lives on in that one. */
    private static Trip followMerges(CarDay day, Trip trip) {
        Trip t = trip;
        for (int hops = 0; t.status() == TripStatus.MERGED && hops < 20; hops++) {
            t = day.tripOrRefuse(t.mergedInto());
        }
        return t;
    }

    Trip assign(LocalDate date, int tripNo, String plate, long driverId, Person by) {
        Vehicle vehicle = fleet.vehicle(plate).filter(Vehicle::active)
                .orElseThrow(() -> new Refusal("car.vehicle-gone", plate));
        Person driver = people.find(driverId).filter(p -> p.has(Role.DRIVER))
                .orElseThrow(() -> new Refusal("car.driver-gone"));
        Instant now = clock.instant();
        Changed c = days.change(date, day -> {
            Trip trip = day.tripOrRefuse(tripNo);
            explainIfNotWaiting(trip);
            List<Booking> riders = day.riders(tripNo);
            if (!trip.returnBy().isAfter(now)) {
                throw new Refusal("car.trip-over", String.valueOf(tripNo));
            }
            int riding = day.people(tripNo);
            if (riding > vehicle.seats()) {
                throw new Refusal("car.too-few-seats", vehicle.plate(), vehicle.seats(), riding);
            }
            day.vehicleBusy(vehicle.plate(), trip.departure(), trip.returnBy(), tripNo).ifPresent(other -> {
                throw new Refusal("car.vehicle-taken", vehicle.plate(), String.valueOf(other.no()),
                        f.time(other.departure()), f.time(other.returnBy()));
            });
            day.driverBusy(driverId, trip.departure(), trip.returnBy(), tripNo).ifPresent(other -> {
                throw new Refusal("car.driver-taken", driver.displayName(), String.valueOf(other.no()),
                        f.time(other.departure()), f.time(other.returnBy()));
            });
            CarDay next = day.with(trip.assigned(vehicle.plate(), driverId, driver.displayName(), by.displayName()));
            for (Booking b : riders) {
                next = next.with(b.withStatus(BookingStatus.APPROVED, null, by.displayName()));
            }
            return next;
        }, notices.assigned(tripNo));
        return c.after().trip(tripNo).orElseThrow();
    }

    void reject(LocalDate date, int bookingNo, String reason, Person by) {
        days.change(date, day -> {
            Booking b = day.bookingOrRefuse(bookingNo);
            if (b.status() != BookingStatus.PENDING) {
                throw new Refusal("car.booking-decided", String.valueOf(bookingNo), b.decidedBy() == null ? "—"
                        : b.decidedBy());
            }
            return day.with(b.withStatus(BookingStatus.REJECTED, reason, by.displayName())).afterLeaving(b.tripNo());
        }, notices.rejected(bookingNo));
    }

    Trip done(LocalDate date, int tripNo, Person by) {
        Instant now = clock.instant();
        Changed c = days.change(date, day -> {
            Trip trip = day.tripOrRefuse(tripNo);
            if (trip.status() == TripStatus.DONE) {
                return day;
            }
            if (trip.status() != TripStatus.ASSIGNED) {
                throw new Refusal("car.trip-not-assigned", String.valueOf(tripNo));
            }
            checkDriver(trip, by);
            if (now.isBefore(trip.departure())) {
                throw new Refusal("car.done-too-early", String.valueOf(tripNo), f.time(trip.departure()));
            }
            return day.with(trip.done(now));
        }, notices.changed());
        return c.after().trip(tripNo).orElseThrow();
    }

    void odometer(LocalDate date, int tripNo, int reading, Person by) {
        days.change(date, day -> {
            Trip trip = day.tripOrRefuse(tripNo);
            if (trip.status() != TripStatus.DONE) {
                throw new Refusal("car.trip-not-assigned", String.valueOf(tripNo));
            }
            checkDriver(trip, by);
            return day.with(trip.withOdometer(reading));
        }, notices.changed());
    }

    /** Cars free for the whole trip with a seat for everyone, the smallest that will do first. */
    List<Vehicle> freeVehicles(CarDay day, Trip trip) {
        int riding = day.people(trip.no());
        return fleet.activeVehicles().stream()
                .filter(v -> v.seats() >= riding)
                .filter(v -> day.vehicleBusy(v.plate(), trip.departure(), trip.returnBy(), trip.no()).isEmpty())
                .sorted(Comparator.comparingInt(Vehicle::seats).thenComparing(Vehicle::plate))
                .toList();
    }

    /** Drivers free for the whole trip, those with the fewest trips that day first. */
    List<Person> freeDrivers(CarDay day, Trip trip) {
        return people.withRole(Role.DRIVER).stream()
                .filter(d -> day.driverBusy(d.id(), trip.departure(), trip.returnBy(), trip.no()).isEmpty())
                .sorted(Comparator.comparingLong((Person d) -> tripsOf(day, d.id())).thenComparing(Person::displayName))
                .toList();
    }

    Trip trip(LocalDate date, int tripNo) {
        return days.load(date).trip(tripNo).orElse(null);
    }

    private static long tripsOf(CarDay day, long driverId) {
        return day.trips().stream().filter(t -> t.status() == TripStatus.ASSIGNED
                && Long.valueOf(driverId).equals(t.driverId())).count();
    }

    private static void checkDriver(Trip trip, Person by) {
        if (!by.has(Role.DISPATCHER) && !Long.valueOf(by.id()).equals(trip.driverId())) {
            throw new Refusal("car.not-your-trip", String.valueOf(trip.no()));
        }
    }

    /** A trip no longer waiting says what became of it. */
    static void explainIfNotWaiting(Trip trip) {
        String no = String.valueOf(trip.no());
        switch (trip.status()) {
            case WAITING -> { }
            case ASSIGNED -> throw new Refusal("car.already-assigned", no, trip.decidedBy(), trip.plate(),
                    trip.driverName());
            case MERGED -> throw new Refusal("car.trip-merged", no, String.valueOf(trip.mergedInto()));
            case CANCELLED -> throw new Refusal("car.trip-cancelled", no);
            case DONE -> throw new Refusal("car.trip-done", no);
        }
    }
}
