package com.houqin.car;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.telegram.Outgoing;

/**
 * A booking as its requester sees it: what was asked, where it stands (waiting, shared with
 * whom, car and driver, declined and why) and, while it can be, a Cancel button. The message
 * sent when the booking is made is edited to match whenever it changes; /my shows the same.
 */
@Component
class BookingCards {

    static final String CANCEL = "car.cancel";

    private final CarFormats f;
    private final Buttons buttons;

    BookingCards(CarFormats f, Buttons buttons) {
        this.f = f;
        this.buttons = buttons;
    }

    record View(Booking booking, Trip trip, List<Booking> fellows) {
    }

    View view(CarDay day, Booking b) {
        Trip trip = day.trip(b.tripNo()).orElse(null);
        return new View(b, trip, fellows(day, b));
    }

    Outgoing card(Language lang, CarDay day, Booking b, Instant now) {
        View view = view(day, b);
        StringBuilder text = new StringBuilder(f.t(lang, "car.status.title", String.valueOf(b.no()), f.date(day, lang)));
        text.append('\n').append(f.t(lang, "car.status.details", f.time(b.departure()), b.destination(),
                f.time(b.returnBy()), b.passengers(), b.purpose()));
        text.append("\n\n").append(state(lang, view));
        Outgoing.Builder card = Outgoing.builder(text.toString());
        if (cancellable(view, now)) {
            card.row(buttons.create(f.t(lang, "car.button.cancel", String.valueOf(b.no())), CANCEL,
                    Map.of("date", day.date(), "booking", String.valueOf(b.no())), b.requesterId()));
        }
        return card.build();
    }

    static boolean cancellable(View view, Instant now) {
        Trip trip = view.trip();
        if (!view.booking().isActive() || trip == null) {
            return false;
        }
        return trip.status() == TripStatus.WAITING
                || trip.status() == TripStatus.ASSIGNED && now.isBefore(trip.departure());
    }

    private String state(Language lang, View view) {
        Booking b = view.booking();
        Trip trip = view.trip();
        String fellows = f.riders(lang, view.fellows());
        return switch (b.status()) {
            case PENDING -> view.fellows().isEmpty() ? f.t(lang, "car.status.pending")
                    : f.t(lang, "car.status.pooled", fellows, f.time(trip.departure()));
            case APPROVED -> {
                if (trip.status() == TripStatus.DONE) {
                    yield f.t(lang, "car.status.done");
                }
                String approved = f.t(lang, "car.status.approved", f.vehicle(lang, trip.plate()), trip.driverName(),
                        f.time(trip.departure()));
                yield view.fellows().isEmpty() ? approved : approved + "\n" + f.t(lang, "car.status.sharing", fellows);
            }
            case REJECTED -> f.t(lang, "car.status.rejected", b.decidedBy(), f.reason(lang, b.reason()));
            case CANCELLED -> f.t(lang, "car.status.cancelled");
        };
    }

    static List<Booking> fellows(CarDay day, Booking b) {
        if (!b.isActive()) {
            return List.of();
        }
        return day.riders(b.tripNo()).stream().filter(o -> o.no() != b.no()).toList();
    }
}
