package com.houqin.car;

import static com.houqin.car.CarButtons.DISPATCHERS;
import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;
import static com.houqin.car.CarButtons.longNumber;
import static com.houqin.car.CarButtons.number;
import static com.houqin.car.CarButtons.refuse;
import static com.houqin.car.CarButtons.tripButton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Outgoing;

/**
 * The dispatcher's buttons that give a trip its car: pool it into another trip, or assign a car
 * and a driver through the menus ({@link AssignMenus}); and Open, which shows a trip's card again.
 * Each checks on the server that the presser is a dispatcher, and each change is made against the
 * trip as it is now, not as the card showed it.
 */
@Component
class AssignActions implements ButtonSet {

    private final Dispatch dispatch;
    private final CarDays days;
    private final Fleet fleet;
    private final AssignMenus menus;
    private final TripCards cards;
    private final CarNews news;
    private final CarFormats f;
    private final Clock clock;

    AssignActions(Dispatch dispatch, CarDays days, Fleet fleet, AssignMenus menus, TripCards cards, CarNews news,
                  CarFormats f, Clock clock) {
        this.dispatch = dispatch;
        this.days = days;
        this.fleet = fleet;
        this.menus = menus;
        this.cards = cards;
        this.news = news;
        this.f = f;
        this.clock = clock;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                carButton(TripCards.POOL, DISPATCHERS, this::pool),
                tripButton(TripCards.ASSIGN, DISPATCHERS, days, this::assign),
                tripButton(AssignMenus.VEHICLE, DISPATCHERS, days, this::pickVehicle),
                carButton(AssignMenus.DRIVER, DISPATCHERS, this::pickDriver),
                tripButton(DaySchedule.SHOW, DISPATCHERS, days, this::show));
    }

    private void pool(Incoming in, ButtonRecord button) {
        LocalDate date = date(button);
        int tripNo = number(button, "trip");
        Trip pooled = dispatch.pool(date, tripNo, number(button, "into"), in.approvedPerson());
        CarDay day = days.load(date);
        List<Booking> riders = day.riders(pooled.no());
        String key = pooled.status() == TripStatus.ASSIGNED ? "car.pooled-into-assigned" : "car.pooled-done";
        in.answerButton(null);
        in.reply(Outgoing.builder(in.t(key, String.valueOf(tripNo), String.valueOf(pooled.no()),
                        f.time(pooled.departure()), f.time(pooled.returnBy()), day.people(pooled.no()),
                        f.riders(in.language(), riders), pooled.plate() == null ? "—" : pooled.plate(),
                        pooled.driverName() == null ? "—" : pooled.driverName()))
                .row(TripCards.next(in, day.date(), pooled)).build());
    }

    private void assign(Incoming in, CarDay day, Trip trip, ButtonRecord button) {
        Dispatch.explainIfNotWaiting(trip);
        in.answerButton(null);
        if (button.arg("back") != null) {
            in.editButtonMessage(menus.vehicles(in, day, trip));
        } else {
            in.reply(menus.vehicles(in, day, trip));
        }
    }

    private void pickVehicle(Incoming in, CarDay day, Trip trip, ButtonRecord button) {
        Dispatch.explainIfNotWaiting(trip);
        Vehicle vehicle = fleet.vehicle(button.arg("plate")).filter(Vehicle::active)
                .orElseThrow(() -> new Refusal("car.vehicle-gone", button.arg("plate")));
        in.answerButton(null);
        in.editButtonMessage(menus.drivers(in, day, trip, vehicle));
    }

    /** A refused assignment offers the cars again while the trip still waits. */
    private void pickDriver(Incoming in, ButtonRecord button) {
        LocalDate date = date(button);
        int tripNo = number(button, "trip");
        Trip trip;
        try {
            trip = dispatch.assign(date, tripNo, button.arg("plate"), longNumber(button, "driver"),
                    in.approvedPerson());
        } catch (Refusal refusal) {
            refuse(in, refusal);
            CarDay day = days.load(date);
            day.trip(tripNo).filter(t -> t.status() == TripStatus.WAITING)
                    .ifPresent(t -> in.reply(menus.vehicles(in, day, t)));
            return;
        }
        in.answerButton(in.t("car.assigned-short", String.valueOf(tripNo)));
        in.editButtonMessage(Outgoing.text(in.t("car.assigned-done", String.valueOf(tripNo),
                f.vehicle(in.language(), trip.plate()), trip.driverName(), f.time(trip.departure()))));
    }

    private void show(Incoming in, CarDay day, Trip trip, ButtonRecord button) {
        in.answerButton(null);
        in.reply(cards.card(in.language(), day, trip, news.cars(), clock.instant()));
    }
}
