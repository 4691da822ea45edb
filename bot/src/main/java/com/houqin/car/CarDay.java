package com.houqin.car;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.PendingNotice;

/**
 * Every booking and trip of one day, in one document. Every change to a day replaces the whole
 * document on the condition that nobody changed it since it was read ({@code version}), so
 * the day's rules — above all, no car and no driver on two trips at once — are checked and
 * kept in one atomic step however many dispatchers act at the same moment. The same step writes
 * the news of the change into {@code notices}, for {@link CarNews} to send.
 */
// the relay sweeps documents whose notices are still waiting
@CompoundIndex(name = "notices_waiting", def = "{'notices.0': 1}", sparse = true)
@Document("car_days")
public record CarDay(@Id String date, long version, List<Booking> bookings, List<Trip> trips,
                     List<PendingNotice> notices) implements CarriesNotices {

    public CarDay {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
        trips = trips == null ? List.of() : List.copyOf(trips);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    static CarDay empty(LocalDate date) {
        return new CarDay(date.toString(), 0, List.of(), List.of(), List.of());
    }

    Optional<Booking> bookingFor(String requestKey) {
        return bookings.stream().filter(b -> requestKey != null && requestKey.equals(b.requestKey())).findFirst();
    }

    LocalDate day() {
        return LocalDate.parse(date);
    }

    Optional<Booking> booking(int no) {
        return bookings.stream().filter(b -> b.no() == no).findFirst();
    }

    Optional<Trip> trip(int no) {
        return trips.stream().filter(t -> t.no() == no).findFirst();
    }

    Trip tripOrRefuse(int no) {
        return trip(no).orElseThrow(() -> new Refusal("car.trip-gone", String.valueOf(no)));
    }

    Booking bookingOrRefuse(int no) {
        return booking(no).orElseThrow(() -> new Refusal("car.booking-gone", String.valueOf(no)));
    }

    /** The active bookings a trip carries, the earliest first. */
    List<Booking> riders(int tripNo) {
        return bookings.stream().filter(b -> b.tripNo() == tripNo && b.isActive())
                .sorted(Comparator.comparing(Booking::departure).thenComparingInt(Booking::no)).toList();
    }

    int people(int tripNo) {
        return riders(tripNo).stream().mapToInt(Booking::passengers).sum();
    }

    List<Trip> openTrips() {
        return trips.stream().filter(t -> t.status().isOpen())
                .sorted(Comparator.comparing(Trip::departure).thenComparingInt(Trip::no)).toList();
    }

    /** The assigned trip that keeps this car busy at some moment of the interval, if any. */
    Optional<Trip> vehicleBusy(String plate, Instant from, Instant to, int exceptTrip) {
        return trips.stream().filter(t -> t.no() != exceptTrip && t.status() == TripStatus.ASSIGNED
                && Objects.equals(t.plate(), plate) && t.overlaps(from, to)).findFirst();
    }

    Optional<Trip> driverBusy(long driverId, Instant from, Instant to, int exceptTrip) {
        return trips.stream().filter(t -> t.no() != exceptTrip && t.status() == TripStatus.ASSIGNED
                && Objects.equals(t.driverId(), driverId) && t.overlaps(from, to)).findFirst();
    }

    CarDay with(Booking changed) {
        List<Booking> all = new ArrayList<>(bookings);
        all.replaceAll(b -> b.no() == changed.no() ? changed : b);
        if (all.stream().noneMatch(b -> b.no() == changed.no())) {
            all.add(changed);
        }
        return new CarDay(date, version, all, trips, notices);
    }

    CarDay with(Trip changed) {
        List<Trip> all = new ArrayList<>(trips);
        all.replaceAll(t -> t.no() == changed.no() ? changed : t);
        if (all.stream().noneMatch(t -> t.no() == changed.no())) {
            all.add(changed);
        }
        return new CarDay(date, version, bookings, all, notices);
    }

    CarDay withVersion(long newVersion) {
        return new CarDay(date, newVersion, bookings, trips, notices);
    }

    CarDay noting(PendingNotice notice) {
        List<PendingNotice> all = new ArrayList<>(notices);
        all.add(notice);
        return new CarDay(date, version, bookings, trips, all);
    }

    /**
     * After a booking left a trip (cancelled or declined): the trip is cancelled when nobody is
     * left in it. A trip still waiting for a car with one request left goes back to that
     * request's own times (the pooled time was a compromise nobody needs now); otherwise, as a
     * driver may already be on it, it keeps its departure and comes back when the last one left
     * needs to.
     */
    CarDay afterLeaving(int tripNo) {
        Trip trip = tripOrRefuse(tripNo);
        List<Booking> left = riders(tripNo);
        if (left.isEmpty()) {
            return with(trip.withStatus(TripStatus.CANCELLED));
        }
        if (trip.status() == TripStatus.WAITING && left.size() == 1) {
            return with(trip.withTimes(left.get(0).departure(), left.get(0).returnBy()));
        }
        Instant back = left.stream().map(Booking::returnBy).max(Comparator.naturalOrder()).orElseThrow();
        return with(trip.withTimes(trip.departure(), back.isAfter(trip.departure()) ? back : trip.returnBy()));
    }
}
