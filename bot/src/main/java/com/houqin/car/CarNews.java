package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
            case CarNotices.RETIMED -> retimed(day, v, number(n, "trip"));
            case CarNotices.ASSIGNED -> assigned(day, v, number(n, "trip"));
            case CarNotices.REJECTED -> rejected(day, number(n, "booking"));
            case CarNotices.CANCELLED -> cancelled(day, v, number(n, "booking"), "true".equals(n.arg("wasAssigned")));
            case CarNotices.REMINDED -> day.trip(number(n, "trip")).ifPresent(trip ->
                    reminder(day, trip, Duration.parse(n.arg("lead"))));
            case CarNotices.CHANGED -> { }
            default -> throw new IllegalArgumentException("no car notice of kind " + n.kind());
        }
    }

    private static int number(PendingNotice n, String arg) {
        return Integer.parseInt(n.arg(arg));
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
                    f.riders(lang, fellows), f.time(trip.departure()), askedFor(lang, trip, r));
            send("car:pooled:" + r.no() + ":v" + v, r.requesterId(), Outgoing.text(text));
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            List<Booking> joined = riders.stream().filter(r -> joinedNos.contains(r.no())).toList();
            Language lang = langOf(trip.driverId());
            send("car:driver-joined:" + trip.no() + ":v" + v, trip.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-joined", String.valueOf(trip.no()), f.date(day, lang),
                            f.time(trip.departure()), f.riders(lang, joined), day.people(trip.no()),
                            f.time(trip.returnBy()), riderLines(lang, riders))));
        }
    }

    private void retimed(CarDay day, long v, int tripNo) {
        Trip trip = day.trip(tripNo).orElseThrow();
        for (Booking r : day.riders(tripNo)) {
            Language lang = langOf(r.requesterId());
            send("car:retimed:" + r.no() + ":v" + v, r.requesterId(),
                    Outgoing.text(f.t(lang, "car.notice.retimed", String.valueOf(r.no()), f.date(day, lang),
                            f.time(trip.departure()), askedFor(lang, trip, r))));
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
                        day.people(tripNo), riderLines(lang, riders))));
    }

    private void rejected(CarDay day, int bookingNo) {
        Booking b = day.booking(bookingNo).orElseThrow();
        Language lang = langOf(b.requesterId());
        send("car:rejected:" + b.no(), b.requesterId(), Outgoing.text(f.t(lang, "car.notice.rejected",
                String.valueOf(b.no()), f.date(day, lang), f.time(b.departure()), b.destination(), b.decidedBy(),
                f.reason(lang, b.reason()))));
        toldTheOthers(day, b);
    }

    private void cancelled(CarDay day, long v, int bookingNo, boolean wasAssigned) {
        Booking b = day.booking(bookingNo).orElseThrow();
        toldTheOthers(day, b);
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
            send("car:driver-left:" + after.no() + ":" + b.no(), after.driverId(),
                    Outgoing.text(f.t(lang, "car.notice.driver-rider-left", String.valueOf(after.no()),
                            f.date(day, lang), f.time(after.departure()), f.rider(lang, b), day.people(after.no()),
                            riderLines(lang, riders))));
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
                        f.vehicle(lang, trip.plate()), riderLines(lang, riders)))
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

    /** Those left on a trip when someone leaves it hear who left and that their car still goes. */
    private void toldTheOthers(CarDay day, Booking left) {
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
