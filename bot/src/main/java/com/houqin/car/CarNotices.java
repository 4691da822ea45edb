package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.outbox.PendingNotice;

/**
 * What a change to a day has to tell, worked out while the change is made, from the day before
 * and after it, and written into the day with the change (see {@link CarDays}): the kind of news,
 * the version it made, the trips and bookings whose cards now read differently, and what only
 * the day before knew (who joined a pooled trip, whether a cancelled trip had a car).
 * {@link CarNews} sends it.
 */
@Component
class CarNotices {

    static final String BOOKED = "booked";
    static final String POOLED = "pooled";
    static final String RETIMED = "retimed";
    static final String ASSIGNED = "assigned";
    static final String REJECTED = "rejected";
    static final String CANCELLED = "cancelled";
    static final String REMINDED = "reminded";
    static final String CHANGED = "changed";

    private final TripCards tripCards;
    private final BookingCards bookingCards;
    private final Fleet fleet;
    private final Clock clock;

    CarNotices(TripCards tripCards, BookingCards bookingCards, Fleet fleet, Clock clock) {
        this.tripCards = tripCards;
        this.bookingCards = bookingCards;
        this.fleet = fleet;
        this.clock = clock;
    }

    CarDays.News booked(int bookingNo) {
        return (before, after) -> notice(BOOKED, before, after, "booking", String.valueOf(bookingNo));
    }

    /** The trip's riders went into another trip (the one {@code fromTrip} is now merged into). */
    CarDays.News pooled(int fromTrip) {
        return (before, after) -> notice(POOLED, before, after,
                "into", String.valueOf(after.tripOrRefuse(fromTrip).mergedInto()),
                "joined", before.riders(fromTrip).stream().map(b -> String.valueOf(b.no()))
                        .collect(Collectors.joining(",")));
    }

    CarDays.News retimed(int tripNo) {
        return (before, after) -> notice(RETIMED, before, after, "trip", String.valueOf(tripNo),
                "wasDeparture", before.tripOrRefuse(tripNo).departure().toString());
    }

    CarDays.News assigned(int tripNo) {
        return (before, after) -> notice(ASSIGNED, before, after, "trip", String.valueOf(tripNo));
    }

    CarDays.News rejected(int bookingNo) {
        return (before, after) -> {
            Optional<Trip> trip = before.booking(bookingNo).flatMap(b -> before.trip(b.tripNo()));
            return notice(REJECTED, before, after, "booking", String.valueOf(bookingNo),
                    "wasDeparture", trip.map(t -> t.departure().toString()).orElse(null));
        };
    }

    CarDays.News cancelled(int bookingNo) {
        return (before, after) -> {
            Optional<Trip> trip = before.booking(bookingNo).flatMap(b -> before.trip(b.tripNo()));
            return notice(CANCELLED, before, after, "booking", String.valueOf(bookingNo), "wasAssigned",
                    String.valueOf(trip.map(t -> t.status() == TripStatus.ASSIGNED).orElse(false)),
                    "wasDeparture", trip.map(t -> t.departure().toString()).orElse(null),
                    "wasReturn", trip.map(t -> t.returnBy().toString()).orElse(null));
        };
    }

    CarDays.News reminded(int tripNo, Duration lead) {
        return (before, after) -> notice(REMINDED, before, after, "trip", String.valueOf(tripNo),
                "lead", lead.toString());
    }

    /** Only the cards change (a trip done, its odometer). */
    CarDays.News changed() {
        return (before, after) -> notice(CHANGED, before, after);
    }

    private PendingNotice notice(String kind, CarDay before, CarDay after, String... namesAndValues) {
        Instant now = clock.instant();
        Map<String, String> args = new HashMap<>(PendingNotice.of(kind, now, namesAndValues).args());
        args.put("version", String.valueOf(after.version()));
        PoolingRule.Cars cars = PoolingRule.Cars.of(fleet.vehicles());
        List<String> trips = new ArrayList<>();
        for (Trip trip : after.trips()) {
            before.trip(trip.no()).filter(old -> !tripCards.view(before, old, cars, now)
                    .equals(tripCards.view(after, trip, cars, now))).ifPresent(old -> trips.add(String.valueOf(trip.no())));
        }
        List<String> bookings = new ArrayList<>();
        for (Booking b : after.bookings()) {
            before.booking(b.no()).filter(old -> !bookingCards.view(before, old).equals(bookingCards.view(after, b)))
                    .ifPresent(old -> bookings.add(String.valueOf(b.no())));
        }
        args.put("trips", String.join(",", trips));
        args.put("bookings", String.join(",", bookings));
        return PendingNotice.of(kind, args, now);
    }
}
