package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.outbox.NoticeWriter;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.Person;

/**
 * Who is told what after a change to a day: the dispatchers' trip cards and the requesters'
 * booking messages are edited to match, and the people concerned get a message of their own
 * ({@link AssignNews}, {@link LeaveNews}, {@link TripTimeNews}, {@link ReminderNews}). Each change
 * writes its notice into the day ({@link CarNotices}); this sends it, through the outbox, keyed by
 * the day's version so that each piece of news is sent once.
 */
@Component
class CarNews implements NoticeWriter<CarDay> {

    private final Outbox outbox;
    private final CarNewsSender sender;
    private final TripCards tripCards;
    private final BookingCards bookingCards;
    private final Fleet fleet;
    private final AssignNews assigning;
    private final LeaveNews leaving;
    private final TripTimeNews times;
    private final ReminderNews reminders;
    private final Clock clock;

    CarNews(Outbox outbox, CarNewsSender sender, TripCards tripCards, BookingCards bookingCards, Fleet fleet,
            AssignNews assigning, LeaveNews leaving, TripTimeNews times, ReminderNews reminders, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.tripCards = tripCards;
        this.bookingCards = bookingCards;
        this.fleet = fleet;
        this.assigning = assigning;
        this.leaving = leaving;
        this.times = times;
        this.reminders = reminders;
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
            case CarNotices.POOLED -> assigning.pooled(day, v, number(n, "into"), numbers(n.arg("joined")));
            case CarNotices.RETIMED -> times.retimed(day, v, number(n, "trip"), instant(n, "wasDeparture"));
            case CarNotices.ASSIGNED -> assigning.assigned(day, v, number(n, "trip"));
            case CarNotices.REJECTED -> leaving.rejected(day, v, number(n, "booking"), instant(n, "wasDeparture"));
            case CarNotices.CANCELLED -> leaving.cancelled(day, v, number(n, "booking"),
                    "true".equals(n.arg("wasAssigned")), instant(n, "wasDeparture"), instant(n, "wasReturn"));
            case CarNotices.REMINDED -> day.trip(number(n, "trip")).ifPresent(trip ->
                    reminders.reminder(day, trip, Duration.parse(n.arg("lead"))));
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
        return sender.dispatchers().size();
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
                bookingCards.card(sender.langOf(b.requesterId()), day, b, now)));
        Trip trip = day.trip(b.tripNo()).orElseThrow();
        List<Person> dispatchers = sender.dispatchers();
        for (Person d : dispatchers) {
            outbox.enqueue(new Notification(tripGroup(trip.no()) + ":" + d.id(), tripGroup(trip.no()), d.chatId(),
                    tripCards.card(d.lang(), day, trip, cars, now)));
        }
    }

    /** Edits the cards (dispatchers') and booking messages (requesters') whose content changed. */
    private void refresh(CarDay day, long v, List<Integer> trips, List<Integer> bookings) {
        Instant now = clock.instant();
        PoolingRule.Cars cars = cars();
        String edit = "v" + v;
        for (int no : trips) {
            day.trip(no).ifPresent(trip -> outbox.updateGroup(tripGroup(no), edit,
                    chatId -> tripCards.card(sender.langOf(chatId), day, trip, cars, now)));
        }
        for (int no : bookings) {
            day.booking(no).ifPresent(b -> outbox.updateGroup(bookingGroup(no), edit,
                    chatId -> bookingCards.card(sender.langOf(chatId), day, b, now)));
        }
    }

    PoolingRule.Cars cars() {
        return PoolingRule.Cars.of(fleet.vehicles());
    }
}
