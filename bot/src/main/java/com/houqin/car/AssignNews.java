package com.houqin.car;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;

/**
 * The news of a trip given its car: pooled into another trip (its riders hear whom they share
 * with) or assigned a car and a driver (its riders are approved, its driver hears of the trip).
 */
@Component
class AssignNews {

    private final CarNewsSender sender;
    private final TripTimeNews times;
    private final CarFormats f;

    AssignNews(CarNewsSender sender, TripTimeNews times, CarFormats f) {
        this.sender = sender;
        this.times = times;
        this.f = f;
    }

    /** {@code joinedNos}: the bookings that came into the trip from the one pooled into it. */
    void pooled(CarDay day, long v, int intoTrip, List<Integer> joinedNos) {
        Trip trip = day.trip(intoTrip).orElseThrow();
        List<Booking> riders = day.riders(intoTrip);
        for (Booking r : riders) {
            List<Booking> fellows = others(riders, r);
            boolean joined = joinedNos.contains(r.no());
            if (trip.status() == TripStatus.ASSIGNED && joined) {
                approved(day, v, trip, r, fellows);
                continue;
            }
            Language lang = sender.langOf(r.requesterId());
            if (trip.status() == TripStatus.ASSIGNED) {
                List<Booking> newcomers = fellows.stream().filter(o -> joinedNos.contains(o.no())).toList();
                sender.send("car:joined:" + r.no() + ":v" + v, r.requesterId(), f.t(lang,
                        "car.notice.joined-you", String.valueOf(r.no()), f.date(day, lang), f.riders(lang, newcomers),
                        f.time(trip.departure())));
                continue;
            }
            String text = f.t(lang, "car.notice.pooled", String.valueOf(r.no()), f.date(day, lang),
                    f.riders(lang, fellows), f.time(trip.departure()), times.askedFor(lang, trip, r));
            sender.send("car:pooled:" + r.no() + ":v" + v, r.requesterId(), text);
        }
        if (trip.status() == TripStatus.ASSIGNED) {
            List<Booking> joined = riders.stream().filter(r -> joinedNos.contains(r.no())).toList();
            Language lang = sender.langOf(trip.driverId());
            sender.send("car:driver-joined:" + trip.no() + ":v" + v, trip.driverId(),
                    f.t(lang, "car.notice.driver-joined", String.valueOf(trip.no()), f.date(day, lang),
                            f.time(trip.departure()), f.riders(lang, joined), day.people(trip.no()),
                            f.time(trip.returnBy()), f.riderLines(lang, riders)));
        }
    }

    void assigned(CarDay day, long v, int tripNo) {
        Trip trip = day.trip(tripNo).orElseThrow();
        List<Booking> riders = day.riders(tripNo);
        for (Booking r : riders) {
            approved(day, v, trip, r, others(riders, r));
        }
        Language lang = sender.langOf(trip.driverId());
        sender.send("car:driver-new:" + trip.no() + ":" + trip.driverId() + ":v" + v, trip.driverId(),
                f.t(lang, "car.notice.driver-new", String.valueOf(trip.no()), f.date(day, lang),
                        f.time(trip.departure()), f.time(trip.returnBy()), f.vehicle(lang, trip.plate()),
                        day.people(tripNo), f.riderLines(lang, riders)));
    }

    private void approved(CarDay day, long v, Trip trip, Booking r, List<Booking> fellows) {
        Language lang = sender.langOf(r.requesterId());
        String sharing = fellows.isEmpty() ? "" : "\n" + f.t(lang, "car.status.sharing", f.riders(lang, fellows));
        sender.send("car:approved:" + r.no() + ":v" + v, r.requesterId(),
                f.t(lang, "car.notice.approved", String.valueOf(r.no()), f.date(day, lang),
                        f.time(trip.departure()), r.destination(), f.vehicle(lang, trip.plate()), trip.driverName(),
                        sharing));
    }

    private static List<Booking> others(List<Booking> riders, Booking me) {
        return riders.stream().filter(o -> o.no() != me.no()).toList();
    }
}
