package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.car.CarDays.Changed;
import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * Who is told what after a change to a day: the dispatchers' trip cards and the requesters'
 * booking messages are edited to match, and the people concerned get a message of their own.
 * Everything goes through the outbox, keyed so that each piece of news is sent once.
 */
@Component
class CarNews {

    static final String DONE = "car.done";

    private final Outbox outbox;
    private final People people;
    private final TripCards tripCards;
    private final BookingCards bookingCards;
    private final CarFormats f;
    private final Fleet fleet;
    private final Buttons buttons;
    private final Clock clock;

    CarNews(Outbox outbox, People people, TripCards tripCards, BookingCards bookingCards, CarFormats f, Fleet fleet,
            Buttons buttons, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.tripCards = tripCards;
        this.bookingCards = bookingCards;
        this.f = f;
        this.fleet = fleet;
        this.buttons = buttons;
        this.clock = clock;
    }

    static String tripGroup(int tripNo) {
        return "car:trip:" + tripNo;
    }

    static String bookingGroup(int bookingNo) {
        return "car:booking:" + bookingNo;
    }

    /** A new booking: its requester gets its card, every dispatcher the new trip's card. */
    int booked(Changed c, int bookingNo) {
        CarDay day = c.after();
        Booking b = day.booking(bookingNo).orElseThrow();
        Instant now = clock.instant();
        PoolingRule.Cars cars = cars();
        outbox.enqueue(new Notification(bookingGroup(b.no()), bookingGroup(b.no()), b.requesterId(),
                bookingCards.card(langOf(b.requesterId()), day, b, now)));
        Trip trip = day.trip(b.tripNo()).orElseThrow();
        List<Person> dispatchers = people.withRole(Role.DISPATCHER);
        for (Person d : dispatchers) {
            outbox.enqueue(new Notification(tripGroup(trip.no()) + ":" + d.id(), tripGroup(trip.no()), d.chatId(),
                    tripCards.card(d.lang(), day, trip, cars, now)));
        }
        refresh(c);
        return dispatchers.size();
    }

    void pooled(Changed c, int fromTrip, int intoTrip) {
        refresh(c);
        CarDay day = c.after();
        Trip trip = day.trip(intoTrip).orElseThrow();
        List<Booking> riders = day.riders(intoTrip);
        for (Booking r : riders) {
            List<Booking> fellows = others(riders, r);
            boolean joined = c.before().booking(r.no()).map(old -> old.tripNo() == fromTrip).orElse(false);
            if (trip.status() == TripStatus.ASSIGNED && joined) {
                approved(day, trip, r, fellows);
                continue;
            }
            Language lang = langOf(r.requesterId());
            if (trip.status() == TripStatus.ASSIGNED) {
                List<Booking> newcomers = fellows.stream().filter(o -> c.before().booking(o.no())
                        .map(old -> old.tripNo() == fromTrip).orElse(false)).toList();
                send("car:joined:" + r.no() + ":v" + day.version(), r.requesterId(), Outgoing.text(f.t(lang,
                        "car.notice.joined-you", String.valueOf(r.no()), f.date(day, lang), f.riders(lang, newcomers),
                        f.time(trip.departure()))));
                continue;
            }
            String text = f.t(lang, "car.notice.pooled", String.valueOf(r.no()), f.date(day, lang),
                    f.riders(lang, fellows), f.time(trip.departure()), askedFor(lang, trip, r));
            send("car:pooled:" + r.no() + ":v" + day.version(), r.requesterId(), Outgoing.text(text));
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            List<Booking> joined = riders.stream().filter(r -> c.before().booking(r.no())
                    .map(old -> old.tripNo() == fromTrip).orElse(false)).toList();
            Language lang = langOf(trip.driverId());
            send("car:driver-joined:" + trip.no() + ":v" + day.version(), trip.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-joined", String.valueOf(trip.no()), f.date(day, lang),
                            f.time(trip.departure()), f.riders(lang, joined), day.people(trip.no()),
                            f.time(trip.returnBy()), riderLines(lang, riders))));
        }
    }

    void retimed(Changed c, int tripNo) {
        refresh(c);
        CarDay day = c.after();
        Trip trip = day.trip(tripNo).orElseThrow();
        for (Booking r : day.riders(tripNo)) {
            Language lang = langOf(r.requesterId());
            send("car:retimed:" + r.no() + ":v" + day.version(), r.requesterId(),
                    Outgoing.text(f.t(lang, "car.notice.retimed", String.valueOf(r.no()), f.date(day, lang),
                            f.time(trip.departure()), askedFor(lang, trip, r))));
        }
    }

    void assigned(Changed c, int tripNo) {
        refresh(c);
        CarDay day = c.after();
        Trip trip = day.trip(tripNo).orElseThrow();
        List<Booking> riders = day.riders(tripNo);
        for (Booking r : riders) {
            approved(day, trip, r, others(riders, r));
        }
        Language lang = langOf(trip.driverId());
        send("car:driver-new:" + trip.no() + ":" + trip.driverId() + ":v" + day.version(), trip.driverId(),
                Outgoing.text(f.t(lang, "car.notice.driver-new", String.valueOf(trip.no()), f.date(day, lang),
                        f.time(trip.departure()), f.time(trip.returnBy()), f.vehicle(lang, trip.plate()),
                        day.people(tripNo), riderLines(lang, riders))));
    }

    void rejected(Changed c, int bookingNo) {
        refresh(c);
        CarDay day = c.after();
        Booking b = day.booking(bookingNo).orElseThrow();
        Language lang = langOf(b.requesterId());
        send("car:rejected:" + b.no(), b.requesterId(), Outgoing.text(f.t(lang, "car.notice.rejected",
                String.valueOf(b.no()), f.date(day, lang), f.time(b.departure()), b.destination(), b.decidedBy(),
                f.reason(lang, b.reason()))));
        toldTheOthers(c, b);
    }

    void cancelled(Changed c, int bookingNo) {
        refresh(c);
        CarDay day = c.after();
        Booking b = day.booking(bookingNo).orElseThrow();
        toldTheOthers(c, b);
        Trip before = c.before().trip(b.tripNo()).orElseThrow();
        Trip after = day.trip(b.tripNo()).orElseThrow();
        if (before.status() != TripStatus.ASSIGNED) {
            return;
        }
        Language lang = langOf(after.driverId());
        if (after.status() == TripStatus.CANCELLED) {
            send("car:driver-cancelled:" + after.no() + ":v" + day.version(), after.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-cancelled", String.valueOf(after.no()), f.date(day, lang),
                            f.time(after.departure()))));
            for (Person d : people.withRole(Role.DISPATCHER)) {
                send("car:freed:" + after.no() + ":" + d.id() + ":v" + day.version(), d.id(),
                        Outgoing.text(f.t(d.lang(), "car.notice.dispatch-cancelled", String.valueOf(after.no()),
                                f.date(day, d.lang()), f.time(after.departure()), after.plate(), after.driverName())));
            }
        } else {
            List<Booking> riders = day.riders(after.no());
            send("car:driver-left:" + after.no() + ":" + b.no(), after.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-rider-left", String.valueOf(after.no()),
                            f.date(day, lang), f.time(after.departure()), f.rider(lang, b), day.people(after.no()),
                            riderLines(lang, riders))));
        }
    }

    /** The trip is about to leave: its riders and its driver are reminded. */
    void reminder(CarDay day, Trip trip, Duration lead) {
        long seconds = Duration.between(clock.instant(), trip.departure()).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        List<Booking> riders = day.riders(trip.no());
        String key = "car:remind:" + trip.no() + ":" + lead + ":";
        for (Booking r : riders) {
            Language lang = langOf(r.requesterId());
            send(key + r.requesterId() + ":" + r.no(), r.requesterId(), Outgoing.text(f.t(lang, "car.remind.rider",
                    String.valueOf(minutes), f.time(trip.departure()), r.destination(), f.vehicle(lang, trip.plate()),
                    trip.driverName(), String.valueOf(r.no()))));
        }
        Language lang = langOf(trip.driverId());
        Outgoing driverText = Outgoing.builder(f.t(lang, "car.remind.driver", String.valueOf(trip.no()), String.valueOf(minutes),
                        f.time(trip.departure()), f.destinations(riders), f.time(trip.returnBy()),
                        f.vehicle(lang, trip.plate()), riderLines(lang, riders)))
                .row(buttons.create(f.t(lang, "car.button.done", String.valueOf(trip.no())), DONE,
                        Map.of("date", day.date(), "trip", String.valueOf(trip.no())), trip.driverId()))
                .build();
        send(key + trip.driverId() + ":driver", trip.driverId(), driverText);
    }

    /** Edits the cards (dispatchers') and booking messages (requesters') whose content changed. */
    void refresh(Changed c) {
        if (!c.happened()) {
            return;
        }
        CarDay before = c.before();
        CarDay after = c.after();
        Instant now = clock.instant();
        PoolingRule.Cars cars = cars();
        String edit = "v" + after.version();
        for (Trip trip : after.trips()) {
            Optional<Trip> old = before.trip(trip.no());
            if (old.isPresent() && !tripCards.view(before, old.get(), cars, now).equals(tripCards.view(after, trip, cars, now))) {
                outbox.updateGroup(tripGroup(trip.no()), edit,
                        chatId -> tripCards.card(langOf(chatId), after, trip, cars, now));
            }
        }
        for (Booking b : after.bookings()) {
            Optional<Booking> old = before.booking(b.no());
            if (old.isPresent() && !bookingCards.view(before, old.get()).equals(bookingCards.view(after, b))) {
                outbox.updateGroup(bookingGroup(b.no()), edit,
                        chatId -> bookingCards.card(langOf(chatId), after, b, now));
            }
        }
    }

    private void approved(CarDay day, Trip trip, Booking r, List<Booking> fellows) {
        Language lang = langOf(r.requesterId());
        String sharing = fellows.isEmpty() ? "" : "\n" + f.t(lang, "car.status.sharing", f.riders(lang, fellows));
        send("car:approved:" + r.no() + ":v" + day.version(), r.requesterId(),
                Outgoing.text(f.t(lang, "car.notice.approved", String.valueOf(r.no()), f.date(day, lang),
                        f.time(trip.departure()), r.destination(), f.vehicle(lang, trip.plate()), trip.driverName(),
                        sharing)));
    }

    /** Those left on a trip when someone leaves it hear who left and that their car still goes. */
    private void toldTheOthers(Changed c, Booking left) {
        CarDay day = c.after();
        Trip trip = day.trip(left.tripNo()).orElseThrow();
        List<Booking> riders = day.riders(trip.no());
        for (Booking r : riders) {
            Language lang = langOf(r.requesterId());
            send("car:left:" + left.no() + ":" + r.no(), r.requesterId(), Outgoing.text(f.t(lang,
                    "car.notice.fellow-left", left.requesterName(), f.date(day, lang), String.valueOf(r.no()),
                    f.time(trip.departure()), others(riders, r).isEmpty() ? f.t(lang, "car.notice.alone-now")
                            : f.riders(lang, others(riders, r)))));
        }
    }

    /** " (you asked for 09:30)" when the car does not leave when the rider asked. */
    private String askedFor(Language lang, Trip trip, Booking rider) {
        return trip.departure().equals(rider.departure()) ? ""
                : f.t(lang, "car.notice.asked-for", f.time(rider.departure()));
    }

    private String riderLines(Language lang, List<Booking> riders) {
        return riders.stream().map(r -> f.t(lang, "car.rider-line", r.requesterName(),
                        r.department() == null ? "—" : r.department(), r.passengers(), r.destination(), f.time(r.departure())))
                .collect(Collectors.joining("\n"));
    }

    private static List<Booking> others(List<Booking> riders, Booking me) {
        return riders.stream().filter(o -> o.no() != me.no()).toList();
    }

    private void send(String key, Long chatId, Outgoing message) {
        if (chatId != null && people.find(chatId).isPresent()) {
            outbox.enqueue(new Notification(key, null, chatId, message));
        }
    }

    private Language langOf(Long chatId) {
        return chatId == null ? Language.EN : people.find(chatId).map(Person::lang).orElse(Language.EN);
    }

    PoolingRule.Cars cars() {
        return PoolingRule.Cars.of(fleet.vehicles());
    }
}
