package com.houqin.car;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
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
    private final People people;
    private final CarFormats f;

    TripTimeNews(Outbox outbox, People people, CarFormats f) {
        this.outbox = outbox;
        this.people = people;
        this.f = f;
    }

    /** The dispatcher set a new departure: every rider hears it, and so does the driver, if any. */
    void retimed(CarDay day, long v, int tripNo, Instant wasDeparture) {
        Trip trip = day.trip(tripNo).orElseThrow();
        List<Booking> riders = day.riders(tripNo);
        String key = riders.size() > 1 ? "car.notice.retimed" : "car.notice.retimed-own";
        for (Booking r : riders) {
            Language lang = langOf(r.requesterId());
            send("car:retimed:" + r.no() + ":v" + v, r.requesterId(), f.t(lang, key, String.valueOf(r.no()),
                    f.date(day, lang), f.time(trip.departure()), askedFor(lang, trip, r)));
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            Language lang = langOf(trip.driverId());
            send("car:driver-retimed:" + trip.no() + ":v" + v, trip.driverId(), f.t(lang, "car.notice.driver-retimed",
                    String.valueOf(trip.no()), f.date(day, lang), f.time(trip.departure()), f.time(wasDeparture),
                    f.time(trip.returnBy()), f.riderLines(lang, riders)));
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
            Language lang = langOf(r.requesterId());
            List<Booking> others = riders.stream().filter(o -> o.no() != r.no()).toList();
            send("car:left:" + left.no() + ":" + r.no(), r.requesterId(), f.t(lang, key, left.requesterName(),
                    f.date(day, lang), String.valueOf(r.no()), f.time(trip.departure()),
                    others.isEmpty() ? f.t(lang, "car.notice.alone-now") : f.riders(lang, others)));
        }
        if (!moved || riders.isEmpty()) {
            return;
        }
        for (Person d : people.withRole(Role.DISPATCHER)) {
            send("car:left-retimed:" + left.no() + ":" + d.id() + ":v" + v, d.id(),
                    f.t(d.lang(), "car.notice.dispatch-rider-left", String.valueOf(trip.no()), f.date(day, d.lang()),
                            f.rider(d.lang(), left), f.time(trip.departure()), f.time(trip.returnBy()),
                            f.riders(d.lang(), riders)));
        }
    }

    /** " (you asked for 09:30)" when the car does not leave when the rider asked. */
    String askedFor(Language lang, Trip trip, Booking rider) {
        return trip.departure().equals(rider.departure()) ? ""
                : f.t(lang, "car.notice.asked-for", f.time(rider.departure()));
    }

    private void send(String key, Long chatId, String text) {
        if (chatId != null && people.find(chatId).isPresent()) {
            outbox.enqueue(new Notification(key, null, chatId, Outgoing.text(text)));
        }
    }

    private Language langOf(Long chatId) {
        return chatId == null ? Language.EN : people.find(chatId).map(Person::lang).orElse(Language.EN);
    }
}
