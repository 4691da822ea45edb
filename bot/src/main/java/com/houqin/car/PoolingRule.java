package com.houqin.car;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import com.houqin.scheduler.BusinessCalendar;

/**
 * When two trips may share one car: the same day (they are in one day), the same half-day, the
 * same destination or direction, requested departures within the pooling window, and seats for
 * everyone — in the car already assigned, or else in the largest car.
 */
@Component
class PoolingRule {

    static final Duration STEP = Duration.ofMinutes(15);
    private static final int SHOWN = 3;

    private final CarProperties properties;
    private final BusinessCalendar calendar;

    PoolingRule(CarProperties properties, BusinessCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    /** What the check needs to know of the cars: seats by plate, and the largest active car. */
    record Cars(Map<String, Vehicle> byPlate, int largestSeats) {
        static Cars of(List<Vehicle> vehicles) {
            Map<String, Vehicle> byPlate = new HashMap<>();
            vehicles.forEach(v -> byPlate.put(v.plate(), v));
            return new Cars(byPlate, vehicles.stream().filter(Vehicle::active).mapToInt(Vehicle::seats).max().orElse(0));
        }

        int seatsOf(String plate) {
            Vehicle v = byPlate.get(plate);
            return v == null ? 0 : v.seats();
        }
    }

    /** The trips a waiting trip could join, the closest in time first. */
    List<Trip> candidates(CarDay day, int tripNo, Cars cars, Instant now) {
        Trip trip = day.trip(tripNo).orElse(null);
        if (trip == null || trip.status() != TripStatus.WAITING) {
            return List.of();
        }
        List<Trip> found = new ArrayList<>();
        for (Trip other : day.openTrips()) {
            if (other.no() != tripNo && problem(day, trip, other, cars, now) == null) {
                found.add(other);
            }
        }
        found.sort(Comparator.comparing(t -> Duration.between(t.departure(), trip.departure()).abs()));
        return found.subList(0, Math.min(SHOWN, found.size()));
    }

    /** Throws the reason why {@code trip} cannot join {@code into}. */
    void check(CarDay day, Trip trip, Trip into, Cars cars, Instant now) {
        Refusal problem = problem(day, trip, into, cars, now);
        if (problem != null) {
            throw problem;
        }
    }

    private Refusal problem(CarDay day, Trip trip, Trip into, Cars cars, Instant now) {
        String no = String.valueOf(trip.no());
        String intoNo = String.valueOf(into.no());
        if (trip.status() != TripStatus.WAITING) {
            return new Refusal("car.pool-not-waiting", no);
        }
        if (!into.status().isOpen() || trip.no() == into.no()) {
            return new Refusal("car.pool-not-open", intoNo);
        }
        List<Booking> mine = day.riders(trip.no());
        List<Booking> theirs = day.riders(into.no());
        if (mine.isEmpty() || theirs.isEmpty()) {
            return new Refusal("car.pool-not-open", intoNo);
        }
        List<Booking> all = new ArrayList<>(mine);
        all.addAll(theirs);
        if (all.stream().map(b -> isMorning(b.departure())).distinct().count() > 1) {
            return new Refusal("car.pool-other-half-day", no, intoNo);
        }
        for (Booking a : mine) {
            for (Booking b : theirs) {
                if (!sameWay(a, b)) {
                    return new Refusal("car.pool-other-way", no, intoNo);
                }
            }
        }
        if (Duration.between(earliest(all), latest(all)).compareTo(properties.poolingWindow()) > 0) {
            return new Refusal("car.pool-too-far-apart", no, intoNo,
                    properties.poolingWindow().toMinutes());
        }
        int people = all.stream().mapToInt(Booking::passengers).sum();
        int seats = into.status() == TripStatus.ASSIGNED ? cars.seatsOf(into.plate()) : cars.largestSeats();
        if (people > seats) {
            return new Refusal("car.pool-too-many", people, seats);
        }
        if (into.status() == TripStatus.ASSIGNED) {
            if (!into.departure().isAfter(now)) {
                return new Refusal("car.pool-departed", intoNo);
            }
            if (!suits(all, into.departure(), now)) {
                return new Refusal("car.pool-no-time", no, intoNo);
            }
            Instant back = latestReturn(all);
            if (back.isAfter(into.returnBy())) {
                if (day.vehicleBusy(into.plate(), into.departure(), back, into.no()).isPresent()
                        || day.driverBusy(into.driverId(), into.departure(), back, into.no()).isPresent()) {
                    return new Refusal("car.pool-car-busy-later", intoNo);
                }
            }
        } else if (proposedDeparture(all, now) == null) {
            return new Refusal("car.pool-no-time", no, intoNo);
        }
        return null;
    }

    /**
     * The departure to propose for these bookings together: the earliest asked for (nobody is
     * late), or the first moment from now if that has passed; null if no time suits everyone.
     */
    Instant proposedDeparture(List<Booking> riders, Instant now) {
        return departureChoices(riders, now).stream().findFirst().orElse(null);
    }

    /**
     * Departures that suit everyone: from the earliest asked for to the latest, in
     * quarter-hours and at each asked-for time, not in the past, within the pooling window of
     * each request, and before anyone must be back.
     */
    List<Instant> departureChoices(List<Booking> riders, Instant now) {
        if (riders.isEmpty()) {
            return List.of();
        }
        Instant first = earliest(riders);
        Instant last = latest(riders);
        TreeSet<Instant> times = new TreeSet<>();
        riders.forEach(b -> times.add(b.departure()));
        for (Instant t = first; !t.isAfter(last); t = t.plus(STEP)) {
            times.add(t);
        }
        if (now.isAfter(first) && now.isBefore(last)) {
            times.add(ceilToFiveMinutes(now));
        }
        return times.stream().filter(t -> suits(riders, t, now)).toList();
    }

    /**
     * The departures a dispatcher may move a trip to: every quarter-hour (and each asked-for
     * time) within the pooling window of what each rider asked, not past, before anyone must be
     * back. A trip of one rider may so leave earlier or later than asked when no car is free then.
     */
    List<Instant> retimeChoices(List<Booking> riders, Instant now) {
        if (riders.isEmpty()) {
            return List.of();
        }
        Instant first = latest(riders).minus(properties.poolingWindow());
        Instant last = earliest(riders).plus(properties.poolingWindow());
        TreeSet<Instant> times = new TreeSet<>();
        riders.forEach(b -> times.add(b.departure()));
        Instant start = first.truncatedTo(ChronoUnit.HOURS);
        for (Instant t = start; !t.isAfter(last); t = t.plus(STEP)) {
            if (!t.isBefore(first)) {
                times.add(t);
            }
        }
        return times.stream().filter(t -> suits(riders, t, now)).toList();
    }

    boolean suits(List<Booking> riders, Instant departure, Instant now) {
        if (!departure.isAfter(now)) {
            return false;
        }
        for (Booking b : riders) {
            if (!departure.isBefore(b.returnBy())
                    || Duration.between(b.departure(), departure).abs().compareTo(properties.poolingWindow()) > 0) {
                return false;
            }
        }
        return true;
    }

    boolean isMorning(Instant departure) {
        LocalTime local = departure.atZone(calendar.zone()).toLocalTime();
        return local.isBefore(properties.halfDayBoundary());
    }

    static boolean sameWay(Booking a, Booking b) {
        if (normalize(a.destination()).equals(normalize(b.destination()))) {
            return true;
        }
        return a.direction() != null && Objects.equals(a.direction(), b.direction());
    }

    static Instant latestReturn(List<Booking> riders) {
        return riders.stream().map(Booking::returnBy).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant earliest(List<Booking> riders) {
        return riders.stream().map(Booking::departure).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant latest(List<Booking> riders) {
        return riders.stream().map(Booking::departure).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant ceilToFiveMinutes(Instant t) {
        Instant minute = t.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        long over = minute.getEpochSecond() / 60 % 5;
        return over == 0 ? minute : minute.plus(Duration.ofMinutes(5 - over));
    }

    private static String normalize(String destination) {
        return destination == null ? "" : destination.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
