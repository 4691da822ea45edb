package com.houqin.car;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.people.Person;

/**
 * The news of a booking leaving its trip, declined by a dispatcher or cancelled by its requester:
 * the requester, those left on the trip and, if it had a car, its driver (and when the car is
 * no longer needed, the dispatchers) hear it.
 */
@Component
class LeaveNews {

    private final CarNewsSender sender;
    private final TripTimeNews times;
    private final CarFormats f;

    LeaveNews(CarNewsSender sender, TripTimeNews times, CarFormats f) {
        this.sender = sender;
        this.times = times;
        this.f = f;
    }

    void rejected(CarDay day, long v, int bookingNo, Instant wasDeparture) {
        Booking b = day.booking(bookingNo).orElseThrow();
        Language lang = sender.langOf(b.requesterId());
        sender.send("car:rejected:" + b.no(), b.requesterId(), f.t(lang, "car.notice.rejected",
                String.valueOf(b.no()), f.date(day, lang), f.time(b.departure()), b.destination(), b.decidedBy(),
                f.reason(lang, b.reason())));
        times.leftBehind(day, v, b, wasDeparture);
    }

    void cancelled(CarDay day, long v, int bookingNo, boolean wasAssigned, Instant wasDeparture, Instant wasReturn) {
        Booking b = day.booking(bookingNo).orElseThrow();
        times.leftBehind(day, v, b, wasDeparture);
        Trip after = day.trip(b.tripNo()).orElseThrow();
        if (!wasAssigned) {
            return;
        }
        Language lang = sender.langOf(after.driverId());
        if (after.status() == TripStatus.CANCELLED) {
            sender.send("car:driver-cancelled:" + after.no() + ":v" + v, after.driverId(),
                    f.t(lang, "car.notice.driver-cancelled", String.valueOf(after.no()), f.date(day, lang),
                            f.time(after.departure())));
            for (Person d : sender.dispatchers()) {
                sender.send("car:freed:" + after.no() + ":" + d.id() + ":v" + v, d.id(),
                        f.t(d.lang(), "car.notice.dispatch-cancelled", String.valueOf(after.no()),
                                f.date(day, d.lang()), f.time(after.departure()), after.plate(), after.driverName()));
            }
        } else {
            List<Booking> riders = day.riders(after.no());
            String was = wasReturn == null || wasReturn.equals(after.returnBy()) ? ""
                    : f.t(lang, "car.notice.was", f.time(wasReturn));
            sender.send("car:driver-left:" + after.no() + ":" + b.no(), after.driverId(),
                    f.t(lang, "car.notice.driver-rider-left", String.valueOf(after.no()),
                            f.date(day, lang), f.time(after.departure()), f.rider(lang, b), day.people(after.no()),
                            f.time(after.returnBy()), was, f.riderLines(lang, riders)));
        }
    }
}
