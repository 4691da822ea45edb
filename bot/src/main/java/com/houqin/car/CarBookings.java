package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.car.CarDays.Changed;
import com.houqin.people.Person;
import com.houqin.scheduler.BusinessCalendar;

/** What requesters do: book a car, cancel, and see their bookings. */
@Component
class CarBookings {

    private final CarDays days;
    private final BookingNumbers numbers;
    private final Fleet fleet;
    private final CarNews news;
    private final CarNotices notices;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CarBookings(CarDays days, BookingNumbers numbers, Fleet fleet, CarNews news, CarNotices notices,
                BusinessCalendar calendar, Clock clock) {
        this.days = days;
        this.numbers = numbers;
        this.fleet = fleet;
        this.news = news;
        this.notices = notices;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A request as the form collected it. */
    record Request(LocalDate date, Instant departure, Instant returnBy, String destination, String destinationId,
                   String direction, int passengers, String purpose) {
    }

    /** The booking made, and how many dispatchers were told. */
    record Booked(Booking booking, int dispatchers) {
    }

    /** Books a car; the same form ({@code requestKey}) books once, however often it is sent. */
    Booked book(Person requester, Request r, String requestKey) {
        Booking made = days.load(r.date()).bookingFor(requestKey).orElse(null);
        if (made == null) {
            int no = numbers.next();
            Booking stored = new Booking(no, requester.id(), requester.displayName(), requester.department(),
                    r.departure(), r.returnBy(), r.destination(), r.direction(), r.passengers(), r.purpose(),
                    BookingStatus.PENDING, no, null, null, clock.instant(), requestKey);
            Changed c = days.change(r.date(), day -> day.bookingFor(requestKey).isPresent() ? day
                    : day.with(stored).with(Trip.waitingFor(stored)), notices.booked(no));
            made = c.after().bookingFor(requestKey).orElseThrow();
            if (c.happened() && r.destinationId() != null) {
                fleet.countUse(r.destinationId());
            }
        }
        return new Booked(made, news.dispatchers());
    }

    void cancel(LocalDate date, int bookingNo, Person requester) {
        Instant now = clock.instant();
        days.change(date, day -> {
            Booking b = day.bookingOrRefuse(bookingNo);
            if (b.requesterId() != requester.id()) {
                throw new Refusal("car.not-your-booking", String.valueOf(bookingNo));
            }
            if (!b.isActive()) {
                throw new Refusal(b.status() == BookingStatus.CANCELLED ? "car.already-cancelled"
                        : "car.booking-decided", String.valueOf(bookingNo), b.decidedBy() == null ? "—" : b.decidedBy());
            }
            Trip trip = day.tripOrRefuse(b.tripNo());
            if (!BookingCards.cancellable(new BookingCards.View(b, trip, List.of()), now)) {
                throw new Refusal("car.too-late-to-cancel", String.valueOf(bookingNo));
            }
            return day.with(b.withStatus(BookingStatus.CANCELLED, null, requester.displayName()))
                    .afterLeaving(b.tripNo());
        }, notices.cancelled(bookingNo));
    }

    /** The person's bookings still to come (or under way), the soonest first. */
    List<Mine> upcoming(long personId) {
        Instant now = clock.instant();
        List<Mine> mine = new ArrayList<>();
        for (CarDay day : days.from(calendar.today(clock))) {
            for (Booking b : day.bookings()) {
                Trip trip = day.trip(b.tripNo()).orElse(null);
                if (b.requesterId() == personId && b.isActive() && trip != null && trip.status().isOpen()
                        && trip.returnBy().isAfter(now)) {
                    mine.add(new Mine(day, b));
                }
            }
        }
        mine.sort(Comparator.comparing(m -> m.booking().departure()));
        return mine;
    }

    record Mine(CarDay day, Booking booking) {
    }
}
