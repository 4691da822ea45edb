package com.houqin.car;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * The dispatchers' card for a trip: who rides, when, where, what became of it, and while it
 * waits for a car, the trips it could share a car with and the buttons to pool, assign or
 * decline; once assigned and until it leaves, the button to change its time. Every dispatcher gets
 * a copy; the copies are edited together when the trip changes.
 */
@Component
class TripCards {

    static final String POOL = "car.pool";
    static final String ASSIGN = "car.assign";
    static final String RETIME = "car.time";
    static final String REJECT = "car.reject";

    private final CarFormats f;
    private final PoolingRule rule;
    private final Buttons buttons;

    TripCards(CarFormats f, PoolingRule rule, Buttons buttons) {
        this.f = f;
        this.rule = rule;
        this.buttons = buttons;
    }

    /** The buttons that follow a change: assign what is now waiting, or change its time. */
    static List<Button> next(Incoming in, String date, Trip trip) {
        if (trip.status() != TripStatus.WAITING) {
            return List.of();
        }
        return List.of(in.button(in.t("car.button.assign"), ASSIGN, "date", date, "trip", String.valueOf(trip.no())),
                retimeButton(in, date, trip));
    }

    static Button retimeButton(Incoming in, String date, Trip trip) {
        return in.button(in.t("car.button.time"), RETIME, "date", date, "trip", String.valueOf(trip.no()));
    }

    /** What a card shows; when it differs before and after a change, the card is edited. */
    record View(Trip trip, List<Booking> bookings, List<Trip> candidates, List<List<Booking>> candidateRiders) {
    }

    View view(CarDay day, Trip trip, PoolingRule.Cars cars, Instant now) {
        List<Trip> candidates = rule.candidates(day, trip.no(), cars, now);
        return new View(trip, bookingsOf(day, trip), candidates,
                candidates.stream().map(c -> day.riders(c.no())).toList());
    }

    Outgoing card(Language lang, CarDay day, Trip trip, PoolingRule.Cars cars, Instant now) {
        View view = view(day, trip, cars, now);
        Outgoing.Builder card = Outgoing.builder(text(lang, day, view));
        Map<String, String> args = Map.of("date", day.date(), "trip", String.valueOf(trip.no()));
        if (trip.status() == TripStatus.ASSIGNED && trip.departure().isAfter(now)) {
            return card.row(buttons.create(f.t(lang, "car.button.time"), RETIME, args, null)).build();
        }
        if (trip.status() != TripStatus.WAITING || day.riders(trip.no()).isEmpty()) {
            return card.build();
        }
        for (Trip other : view.candidates()) {
            card.row(buttons.create(f.t(lang, "car.button.pool", String.valueOf(other.no()), f.time(other.departure())),
                    POOL, Map.of("date", day.date(), "trip", String.valueOf(trip.no()), "into",
                            String.valueOf(other.no())), null));
        }
        List<Button> actions = new ArrayList<>();
        actions.add(buttons.create(f.t(lang, "car.button.assign"), ASSIGN, args, null));
        actions.add(buttons.create(f.t(lang, "car.button.time"), RETIME, args, null));
        card.row(actions);
        card.row(buttons.create(f.t(lang, "car.button.reject"), REJECT, args, null));
        return card.build();
    }

    private String text(Language lang, CarDay day, View view) {
        Trip trip = view.trip();
        StringBuilder text = new StringBuilder(f.t(lang, "car.card.title", String.valueOf(trip.no()),
                f.date(day, lang)));
        if (trip.status() == TripStatus.MERGED) {
            return text.append('\n').append(f.t(lang, "car.card.merged", String.valueOf(trip.mergedInto()),
                    trip.decidedBy())).toString();
        }
        text.append('\n').append(f.t(lang, "car.card.times", f.time(trip.departure()), f.time(trip.returnBy()),
                day.people(trip.no())));
        for (Booking b : view.bookings()) {
            text.append('\n').append(f.t(lang, "car.card.rider", String.valueOf(b.no()), b.requesterName(),
                    b.department() == null ? "—" : b.department(), f.time(b.departure()), f.destinationWithDirection(b),
                    b.passengers(), f.time(b.returnBy()), b.purpose()));
            if (!b.isActive()) {
                text.append(' ').append(f.t(lang, "car.card.rider-" + b.status().name().toLowerCase(Locale.ROOT)));
            }
        }
        text.append("\n\n").append(switch (trip.status()) {
            case WAITING -> f.t(lang, "car.card.waiting");
            case ASSIGNED -> f.t(lang, "car.card.assigned", f.vehicle(lang, trip.plate()), trip.driverName(),
                    trip.decidedBy());
            case DONE -> f.t(lang, "car.card.done", f.vehicle(lang, trip.plate()), trip.driverName(),
                    trip.odometer() == null ? "—" : String.valueOf(trip.odometer()));
            case CANCELLED -> f.t(lang, "car.card.cancelled");
            case MERGED -> "";
        });
        if (trip.status() == TripStatus.WAITING && !view.candidates().isEmpty()) {
            text.append("\n\n").append(f.t(lang, "car.card.candidates"));
            for (int i = 0; i < view.candidates().size(); i++) {
                Trip other = view.candidates().get(i);
                List<Booking> riders = view.candidateRiders().get(i);
                String names = riders.stream().map(Booking::requesterName).collect(Collectors.joining(", "));
                text.append('\n').append(other.status() == TripStatus.ASSIGNED
                        ? f.t(lang, "car.card.candidate-assigned", String.valueOf(other.no()), f.time(other.departure()),
                        f.destinations(riders), riders.stream().mapToInt(Booking::passengers).sum(), names, other.plate())
                        : f.t(lang, "car.card.candidate", String.valueOf(other.no()), f.time(other.departure()),
                        f.destinations(riders), riders.stream().mapToInt(Booking::passengers).sum(), names));
            }
        }
        return text.toString();
    }

    private static List<Booking> bookingsOf(CarDay day, Trip trip) {
        return day.bookings().stream().filter(b -> b.tripNo() == trip.no())
                .sorted(Comparator.comparing(Booking::departure).thenComparingInt(Booking::no)).toList();
    }
}
