package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.outbox.NoticeWriter;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * Who is told what after a change to a day: the dispatchers' trip cards and the requesters'
 * booking messages are edited to match, and the people concerned get a message of their own.
 * Each change writes its notice into the day ({@link CarNotices}); this sends it, through the
 * outbox, keyed by the day's version so that each piece of news is sent once.
 */
@Component
class CarNews implements NoticeWriter<CarDay> {

    static final String DONE = "car.done";

    private final Outbox outbox;
    private final People people;
    private final TripCards tripCards;
    private final BookingCards bookingCards;
    private final CarFormats f;
    private final Fleet fleet;
    private final Buttons buttons;
    private final TripTimeNews times;
    private final Clock clock;

    CarNews(Outbox outbox, People people, TripCards tripCards, BookingCards bookingCards, CarFormats f, Fleet fleet,
            Buttons buttons, TripTimeNews times, Clock clock) {
        this.outbox = outbox;
        this.people = people;
        this.tripCards = tripCards;
        this.bookingCards = bookingCards;
        this.f = f;
        this.fleet = fleet;
        this.buttons = buttons;
        this.times = times;
        this.clock = clock;
    }

    static String tripGroup(int tripNo) {
        return "car:trip:" + tripNo;
    }

    static String bookingGroup(int bookingNo) {
        return "car:booking:" + bookingNo;
    }

    @Override
    public Class<CarDay> documentType() {
        return CarDay.class;
    }

    @Override
    public void write(CarDay day, PendingNotice n) {
        long v = Long.parseLong(n.arg("version"));
        if (!CarNotices.BOOKED.equals(n.kind())) {
            refresh(day, v, numbers(n.arg("trips")), numbers(n.arg("bookings")));
        }
        switch (n.kind()) {
            case CarNotices.BOOKED -> {
                booked(day, number(n, "booking"));
                refresh(day, v, numbers(n.arg("trips")), numbers(n.arg("bookings")));
            }
            case CarNotices.POOLED -> pooled(day, v, number(n, "into"), numbers(n.arg("joined")));
            case CarNotices.RETIMED -> times.retimed(day, v, number(n, "trip"), instant(n, "wasDeparture"));
            case CarNotices.ASSIGNED -> assigned(day, v, number(n, "trip"));
            case CarNotices.REJECTED -> rejected(day, v, number(n, "booking"), instant(n, "wasDeparture"));
            case CarNotices.CANCELLED -> cancelled(day, v, number(n, "booking"), "true".equals(n.arg("wasAssigned")),
                    instant(n, "wasDeparture"), instant(n, "wasReturn"));
            case CarNotices.REMINDED -> day.trip(number(n, "trip")).ifPresent(trip ->
                    reminder(day, trip, Duration.parse(n.arg("lead"))));
            case CarNotices.CHANGED -> { }
            default -> throw new IllegalArgumentException("no car notice of kind " + n.kind());
        }
    }

    private static int number(PendingNotice n, String arg) {
        return Integer.parseInt(n.arg(arg));
    }

    /** A time the day before the change knew; null in notices written before it was kept. */
    private static Instant instant(PendingNotice n, String arg) {
        return n.arg(arg) == null ? null : Instant.parse(n.arg(arg));
    }

    private static List<Integer> numbers(String list) {
        return list == null || list.isBlank() ? List.of()
                : java.util.Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
    }

    /** How many dispatchers are told of a new booking. */
    int dispatchers() {
        return people.withRole(Role.DISPATCHER).size();
    }

    /** A new booking: its requester gets its card, every dispatcher the new trip's card. */
    private void booked(CarDay day, int bookingNo) {
        Booking b = day.booking(bookingNo).orElse(null);
        if (b == null) {
            return;
        }
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
    }

    /** {@code joinedNos}: the bookings that came into the trip from the one pooled into it. */
    private void pooled(CarDay day, long v, int intoTrip, List<Integer> joinedNos) {
        Trip trip = day.trip(intoTrip).orElseThrow();
        List<Booking> riders = day.riders(intoTrip);
        for (Booking r : riders) {
            List<Booking> fellows = others(riders, r);
            boolean joined = joinedNos.contains(r.no());
            if (trip.status() == TripStatus.ASSIGNED && joined) {
                approved(day, v, trip, r, fellows);
                continue;
            }
            Language lang = langOf(r.requesterId());
            if (trip.status() == TripStatus.ASSIGNED) {
                List<Booking> newcomers = fellows.stream().filter(o -> joinedNos.contains(o.no())).toList();
                send("car:joined:" + r.no() + ":v" + v, r.requesterId(), Outgoing.text(f.t(lang,
                        "car.notice.joined-you", String.valueOf(r.no()), f.date(day, lang), f.riders(lang, newcomers),
                        f.time(trip.departure()))));
                continue;
            }
            String text = f.t(lang, "car.notice.pooled", String.valueOf(r.no()), f.date(day, lang),
                    f.riders(lang, fellows), f.time(trip.departure()), times.askedFor(lang, trip, r));
            send("car:pooled:" + r.no() + ":v" + v, r.requesterId(), Outgoing.text(text));
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            List<Booking> joined = riders.stream().filter(r -> joinedNos.contains(r.no())).toList();
            Language lang = langOf(trip.driverId());
            send("car:driver-joined:" + trip.no() + ":v" + v, trip.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-joined", String.valueOf(trip.no()), f.date(day, lang),
                            f.time(trip.departure()), f.riders(lang, joined), day.people(trip.no()),
                            f.time(trip.returnBy()), f.riderLines(lang, riders))));
        }
    }

    private void assigned(CarDay day, long v, int tripNo) {
        Trip trip = day.trip(tripNo).orElseThrow();
        List<Booking> riders = day.riders(tripNo);
        for (Booking r : riders) {
            approved(day, v, trip, r, others(riders, r));
        }
        Language lang = langOf(trip.driverId());
        send("car:driver-new:" + trip.no() + ":" + trip.driverId() + ":v" + v, trip.driverId(),
                Outgoing.text(f.t(lang, "car.notice.driver-new", String.valueOf(trip.no()), f.date(day, lang),
                        f.time(trip.departure()), f.time(trip.returnBy()), f.vehicle(lang, trip.plate()),
                        day.people(tripNo), f.riderLines(lang, riders))));
    }

    private void rejected(CarDay day, long v, int bookingNo, Instant wasDeparture) {
        Booking b = day.booking(bookingNo).orElseThrow();
        Language lang = langOf(b.requesterId());
        send("car:rejected:" + b.no(), b.requesterId(), Outgoing.text(f.t(lang, "car.notice.rejected",
                String.valueOf(b.no()), f.date(day, lang), f.time(b.departure()), b.destination(), b.decidedBy(),
                f.reason(lang, b.reason()))));
        times.leftBehind(day, v, b, wasDeparture);
    }

    private void cancelled(CarDay day, long v, int bookingNo, boolean wasAssigned, Instant wasDeparture,
                           Instant wasReturn) {
        Booking b = day.booking(bookingNo).orElseThrow();
        times.leftBehind(day, v, b, wasDeparture);
        Trip after = day.trip(b.tripNo()).orElseThrow();
        if (!wasAssigned) {
            return;
        }
        Language lang = langOf(after.driverId());
        if (after.status() == TripStatus.CANCELLED) {
            send("car:driver-cancelled:" + after.no() + ":v" + v, after.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-cancelled", String.valueOf(after.no()), f.date(day, lang),
                            f.time(after.departure()))));
            for (Person d : people.withRole(Role.DISPATCHER)) {
                send("car:freed:" + after.no() + ":" + d.id() + ":v" + v, d.id(),
                        Outgoing.text(f.t(d.lang(), "car.notice.dispatch-cancelled", String.valueOf(after.no()),
                                f.date(day, d.lang()), f.time(after.departure()), after.plate(), after.driverName())));
            }
        } else {
            List<Booking> riders = day.riders(after.no());
            String was = wasReturn == null || wasReturn.equals(after.returnBy()) ? ""
                    : f.t(lang, "car.notice.was", f.time(wasReturn));
            send("car:driver-left:" + after.no() + ":" + b.no(), after.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-rider-left", String.valueOf(after.no()),
                            f.date(day, lang), f.time(after.departure()), f.rider(lang, b), day.people(after.no()),
                            f.time(after.returnBy()), was, f.riderLines(lang, riders))));
        }
    }

    /** The trip is about to leave: its riders and its driver are reminded. */
    private void reminder(CarDay day, Trip trip, Duration lead) {
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
                        f.vehicle(lang, trip.plate()), f.riderLines(lang, riders)))
                .row(buttons.create(f.t(lang, "car.button.done", String.valueOf(trip.no())), DONE,
                        Map.of("date", day.date(), "trip", String.valueOf(trip.no())), trip.driverId()))
                .build();
        send(key + trip.driverId() + ":driver", trip.driverId(), driverText);
    }

    /** Edits the cards (dispatchers') and booking messages (requesters') whose content changed. */
    private void refresh(CarDay day, long v, List<Integer> trips, List<Integer> bookings) {
        Instant now = clock.instant();
        PoolingRule.Cars cars = cars();
        String edit = "v" + v;
        for (int no : trips) {
            day.trip(no).ifPresent(trip -> outbox.updateGroup(tripGroup(no), edit,
                    chatId -> tripCards.card(langOf(chatId), day, trip, cars, now)));
        }
        for (int no : bookings) {
            day.booking(no).ifPresent(b -> outbox.updateGroup(bookingGroup(no), edit,
                    chatId -> bookingCards.card(langOf(chatId), day, b, now)));
        }
    }

    private void approved(CarDay day, long v, Trip trip, Booking r, List<Booking> fellows) {
        Language lang = langOf(r.requesterId());
        String sharing = fellows.isEmpty() ? "" : "\n" + f.t(lang, "car.status.sharing", f.riders(lang, fellows));
        send("car:approved:" + r.no() + ":v" + v, r.requesterId(),
                Outgoing.text(f.t(lang, "car.notice.approved", String.valueOf(r.no()), f.date(day, lang),
                        f.time(trip.departure()), r.destination(), f.vehicle(lang, trip.plate()), trip.driverName(),
                        sharing)));
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
