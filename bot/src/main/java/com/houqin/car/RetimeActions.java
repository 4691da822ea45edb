package com.houqin.car;

import static com.houqin.car.CarButtons.DISPATCHERS;
import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;
import static com.houqin.car.CarButtons.longNumber;
import static com.houqin.car.CarButtons.number;
import static com.houqin.car.CarButtons.tripButton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * The dispatcher's Change time on a trip card ({@link TripCards#RETIME}): the departures the trip
 * may move to, then the one chosen. Dispatchers only, and the move is checked against the trip
 * as it is now ({@link TripRetime}).
 */
@Component
class RetimeActions implements ButtonSet {

    static final String SET_TIME = "car.settime";

    private final TripRetime retime;
    private final CarDays days;
    private final CarFormats f;
    private final Clock clock;

    RetimeActions(TripRetime retime, CarDays days, CarFormats f, Clock clock) {
        this.retime = retime;
        this.days = days;
        this.f = f;
        this.clock = clock;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                tripButton(TripCards.RETIME, DISPATCHERS, days, this::chooseTime),
                carButton(SET_TIME, DISPATCHERS, this::setTime));
    }

    private void chooseTime(Incoming in, CarDay day, Trip trip, ButtonRecord button) {
        TripRetime.explainIfNotMovable(trip, clock.instant());
        List<Instant> choices = retime.departureChoices(day, trip);
        in.answerButton(null);
        if (choices.isEmpty()) {
            in.say("car.time-unsuitable");
            return;
        }
        String asked = day.riders(trip.no()).stream().map(b -> f.time(b.departure())).distinct()
                .collect(Collectors.joining(", "));
        String text = in.t("car.choose-time", String.valueOf(trip.no()), asked, f.time(trip.departure()));
        if (trip.status() == TripStatus.ASSIGNED) {
            text += "\n" + in.t("car.choose-time-assigned", trip.plate(), trip.driverName());
        }
        List<Button> buttons = choices.stream().map(t -> in.button(
                (t.equals(trip.departure()) ? "✅ " : "") + f.time(t), SET_TIME, "date", day.date(), "trip",
                String.valueOf(trip.no()), "at", String.valueOf(t.getEpochSecond()))).toList();
        in.reply(Outgoing.builder(text).grid(buttons, 4).build());
    }

    private void setTime(Incoming in, ButtonRecord button) {
        LocalDate date = date(button);
        Trip trip = retime.retime(date, number(button, "trip"), Instant.ofEpochSecond(longNumber(button, "at")));
        CarDay day = days.load(date);
        in.answerButton(null);
        String done = trip.status() == TripStatus.ASSIGNED
                ? in.t("car.retimed-done-assigned", String.valueOf(trip.no()), f.time(trip.departure()),
                        trip.driverName())
                : in.t("car.retimed-done", String.valueOf(trip.no()), f.time(trip.departure()));
        in.editButtonMessage(Outgoing.builder(done).row(TripCards.next(in, day.date(), trip)).build());
    }
}
