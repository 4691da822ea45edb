package com.houqin.car;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/**
 * The news of a trip's new times: when the dispatcher moves it, or when someone leaves it and
 * the one left goes back to the time they asked for. Riders, the trip's driver and, when a
 * departure moved on its own, the dispatchers hear it; each message is keyed by the day's
 * version, so it is sent once.
 */
@Component
class TripTimeNews {

    private final Outbox outbox;
    private final CarNewsSender sender;
    private final CarFormats f;
    private final Buttons buttons;

    TripTimeNews(Outbox outbox, CarNewsSender sender, CarFormats f, Buttons buttons) {
        this.outbox = outbox;
        this.sender = sender;
        this.f = f;
        this.buttons = buttons;
    }

    /** The dispatcher set a new departure: every rider hears it, and so does the driver, if any. */
    void retimed(CarDay day, long v, int tripNo, Instant wasDeparture) {
        Trip trip = day.trip(tripNo).orElseThrow();
        List<Booking> riders = day.riders(tripNo);
        String key = riders.size() > 1 ? "car.notice.retimed" : "car.notice.retimed-own";
        for (Booking r : riders) {
            Language lang = sender.langOf(r.requesterId());
            sender.send("car:retimed:" + r.no() + ":v" + v, r.requesterId(), f.t(lang, key, String.valueOf(r.no()),
                    f.date(day, lang), f.time(trip.departure()), askedFor(lang, trip, r)));
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            Language lang = sender.langOf(trip.driverId());
            sender.send("car:driver-retimed:" + trip.no() + ":v" + v, trip.driverId(),
                    f.t(lang, "car.notice.driver-retimed", String.valueOf(trip.no()), f.date(day, lang),
                            f.time(trip.departure()), f.time(wasDeparture), f.time(trip.returnBy()),
                            f.riderLines(lang, riders)));
        }
    }

    /**
     * Those left on a trip when someone leaves it hear who left and when their car leaves now;
     * when that moved (the one left goes at the time they asked for), the dispatchers hear it too.
     */
    void leftBehind(CarDay day, long v, Booking left, Instant wasDeparture) {
        Trip trip = day.trip(left.tripNo()).orElseThrow();
        List<Booking> riders = day.riders(trip.no());
        boolean moved = wasDeparture != null && !wasDeparture.equals(trip.departure());
        String key = moved ? "car.notice.fellow-left-retimed" : "car.notice.fellow-left";
        for (Booking r : riders) {
            Language lang = sender.langOf(r.requesterId());
            List<Booking> others = riders.stream().filter(o -> o.no() != r.no()).toList();
            sender.send("car:left:" + left.no() + ":" + r.no(), r.requesterId(), f.t(lang, key, left.requesterName(),
                    f.date(day, lang), String.valueOf(r.no()), f.time(trip.departure()) + askedFor(lang, trip, r),
                    others.isEmpty() ? f.t(lang, "car.notice.alone-now") : f.riders(lang, others)));
        }
        if (riders.isEmpty()) {
            return;
        }
        if (!moved) {
            keptTime(day, v, trip, left, riders);
            return;
        }
        for (Person d : sender.dispatchers()) {
            sender.send("car:left-retimed:" + left.no() + ":" + d.id() + ":v" + v, d.id(),
                    f.t(d.lang(), "car.notice.dispatch-rider-left", String.valueOf(trip.no()), f.date(day, d.lang()),
                            f.rider(d.lang(), left), f.time(trip.departure()), f.time(trip.returnBy()),
                            f.riders(d.lang(), riders)));
        }
    }

    /**
     * An assigned car keeps its time when someone leaves (its driver planned for it); when nobody
     * left on it asked for that time, the dispatchers are offered to move it.
     */
    private void keptTime(CarDay day, long v, Trip trip, Booking left, List<Booking> riders) {
        if (trip.status() != TripStatus.ASSIGNED || riders.stream().anyMatch(r -> r.departure().equals(trip.departure()))) {
            return;
        }
        Map<String, String> args = Map.of("date", day.date(), "trip", String.valueOf(trip.no()));
        for (Person d : sender.dispatchers()) {
            String asked = riders.stream().map(r -> f.t(d.lang(), "car.notice.asked-by", r.requesterName(),
                    f.time(r.departure()))).collect(Collectors.joining(", "));
            outbox.enqueue(new Notification("car:left-kept:" + left.no() + ":" + d.id() + ":v" + v, null, d.id(),
                    Outgoing.builder(f.t(d.lang(), "car.notice.dispatch-rider-left-kept", String.valueOf(trip.no()),
                                    f.date(day, d.lang()), left.requesterName(), f.time(trip.departure()), asked))
                            .row(buttons.create(f.t(d.lang(), "car.button.time"), TripCards.RETIME, args, null))
                            .build()));
        }
    }

    /** " (you asked for 09:30)" when the car does not leave when the rider asked. */
    String askedFor(Language lang, Trip trip, Booking rider) {
        return trip.departure().equals(rider.departure()) ? ""
                : f.t(lang, "car.notice.asked-for", f.time(rider.departure()));
    }
}
