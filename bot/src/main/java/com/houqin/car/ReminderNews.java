package com.houqin.car;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.telegram.Outgoing;

/** The trip is about to leave: its riders and its driver are reminded, the driver with a Done button. */
@Component
class ReminderNews {

    static final String DONE = "car.done";

    private final CarNewsSender sender;
    private final CarFormats f;
    private final Buttons buttons;
    private final Clock clock;

    ReminderNews(CarNewsSender sender, CarFormats f, Buttons buttons, Clock clock) {
        this.sender = sender;
        this.f = f;
        this.buttons = buttons;
        this.clock = clock;
    }

    void reminder(CarDay day, Trip trip, Duration lead) {
        long seconds = Duration.between(clock.instant(), trip.departure()).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        List<Booking> riders = day.riders(trip.no());
        String key = "car:remind:" + trip.no() + ":" + lead + ":";
        for (Booking r : riders) {
            Language lang = sender.langOf(r.requesterId());
            sender.send(key + r.requesterId() + ":" + r.no(), r.requesterId(), f.t(lang, "car.remind.rider",
                    String.valueOf(minutes), f.time(trip.departure()), r.destination(), f.vehicle(lang, trip.plate()),
                    trip.driverName(), String.valueOf(r.no())));
        }
        Language lang = sender.langOf(trip.driverId());
        Outgoing driverText = Outgoing.builder(f.t(lang, "car.remind.driver", String.valueOf(trip.no()),
                        String.valueOf(minutes), f.time(trip.departure()), f.destinations(riders),
                        f.time(trip.returnBy()), f.vehicle(lang, trip.plate()), f.riderLines(lang, riders)))
                .row(buttons.create(f.t(lang, "car.button.done", String.valueOf(trip.no())), DONE,
                        Map.of("date", day.date(), "trip", String.valueOf(trip.no())), trip.driverId()))
                .build();
        sender.send(key + trip.driverId() + ":driver", trip.driverId(), driverText);
    }
}
