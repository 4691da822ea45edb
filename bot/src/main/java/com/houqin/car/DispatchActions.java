package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * The dispatcher's buttons: on the trip card (pool, assign, change time, decline) and in the
 * menus they open. Each checks on the server that the presser is a dispatcher, and each change
 * is made against the trip as it is now, not as the card showed it.
 */
final class DispatchActions {

    static final String SET_TIME = "car.settime";
    static final String REJECT_ONE = "car.reject-one";
    static final String SHOW = "car.show";

    private DispatchActions() {
    }

    abstract static class DispatcherAction extends CarAction {
        @Override
        public Access access() {
            return Access.roles(Role.DISPATCHER);
        }
    }

    /** The buttons that follow a change: assign what is now waiting, or change its time. */
    static List<Button> next(Incoming in, String date, Trip trip) {
        if (trip.status() != TripStatus.WAITING) {
            return List.of();
        }
        return List.of(in.button(in.t("car.button.assign"), TripCards.ASSIGN, "date", date, "trip",
                String.valueOf(trip.no())), retimeButton(in, date, trip));
    }

    static Button retimeButton(Incoming in, String date, Trip trip) {
        return in.button(in.t("car.button.time"), TripCards.RETIME, "date", date, "trip", String.valueOf(trip.no()));
    }

    @Component
    static class Pool extends DispatcherAction {
        private final Dispatch dispatch;
        private final CarDays days;
        private final CarFormats f;

        Pool(Dispatch dispatch, CarDays days, CarFormats f) {
            this.dispatch = dispatch;
            this.days = days;
            this.f = f;
        }

        @Override
        public String name() {
            return TripCards.POOL;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
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
                    .row(next(in, day.date(), pooled)).build());
        }
    }

    @Component
    static class Assign extends DispatcherAction {
        private final CarDays days;
        private final AssignMenus menus;

        Assign(CarDays days, AssignMenus menus) {
            this.days = days;
            this.menus = menus;
        }

        @Override
        public String name() {
            return TripCards.ASSIGN;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Trip trip = day.tripOrRefuse(number(button, "trip"));
            Dispatch.explainIfNotWaiting(trip);
            in.answerButton(null);
            if (button.arg("back") != null) {
                in.editButtonMessage(menus.vehicles(in, day, trip));
            } else {
                in.reply(menus.vehicles(in, day, trip));
            }
        }
    }

    @Component
    static class PickVehicle extends DispatcherAction {
        private final CarDays days;
        private final Fleet fleet;
        private final AssignMenus menus;

        PickVehicle(CarDays days, Fleet fleet, AssignMenus menus) {
            this.days = days;
            this.fleet = fleet;
            this.menus = menus;
        }

        @Override
        public String name() {
            return AssignMenus.VEHICLE;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Trip trip = day.tripOrRefuse(number(button, "trip"));
            Dispatch.explainIfNotWaiting(trip);
            Vehicle vehicle = fleet.vehicle(button.arg("plate")).filter(Vehicle::active)
                    .orElseThrow(() -> new Refusal("car.vehicle-gone", button.arg("plate")));
            in.answerButton(null);
            in.editButtonMessage(menus.drivers(in, day, trip, vehicle));
        }
    }

    @Component
    static class PickDriver extends DispatcherAction {
        private final Dispatch dispatch;
        private final CarDays days;
        private final AssignMenus menus;
        private final CarFormats f;

        PickDriver(Dispatch dispatch, CarDays days, AssignMenus menus, CarFormats f) {
            this.dispatch = dispatch;
            this.days = days;
            this.menus = menus;
            this.f = f;
        }

        @Override
        public String name() {
            return AssignMenus.DRIVER;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            LocalDate date = date(button);
            int tripNo = number(button, "trip");
            Trip trip;
            try {
                trip = dispatch.assign(date, tripNo, button.arg("plate"), longNumber(button, "driver"),
                        in.approvedPerson());
            } catch (Refusal refusal) {
                in.answerButton(null);
                in.say(refusal.key(), refusal.args());
                CarDay day = days.load(date);
                day.trip(tripNo).filter(t -> t.status() == TripStatus.WAITING)
                        .ifPresent(t -> in.reply(menus.vehicles(in, day, t)));
                return;
            }
            in.answerButton(in.t("car.assigned-short", String.valueOf(tripNo)));
            in.editButtonMessage(Outgoing.text(in.t("car.assigned-done", String.valueOf(tripNo),
                    f.vehicle(in.language(), trip.plate()), trip.driverName(), f.time(trip.departure()))));
        }
    }

    @Component
    static class Retime extends DispatcherAction {
        private final Dispatch dispatch;
        private final CarDays days;
        private final CarFormats f;
        private final Clock clock;

        Retime(Dispatch dispatch, CarDays days, CarFormats f, Clock clock) {
            this.dispatch = dispatch;
            this.days = days;
            this.f = f;
            this.clock = clock;
        }

        @Override
        public String name() {
            return TripCards.RETIME;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Trip trip = day.tripOrRefuse(number(button, "trip"));
            Dispatch.explainIfNotMovable(trip, clock.instant());
            List<Instant> choices = dispatch.departureChoices(day, trip);
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
    }

    @Component
    static class SetTime extends DispatcherAction {
        private final Dispatch dispatch;
        private final CarDays days;
        private final CarFormats f;

        SetTime(Dispatch dispatch, CarDays days, CarFormats f) {
            this.dispatch = dispatch;
            this.days = days;
            this.f = f;
        }

        @Override
        public String name() {
            return SET_TIME;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            LocalDate date = date(button);
            Trip trip = dispatch.retime(date, number(button, "trip"),
                    Instant.ofEpochSecond(longNumber(button, "at")));
            CarDay day = days.load(date);
            in.answerButton(null);
            String done = trip.status() == TripStatus.ASSIGNED
                    ? in.t("car.retimed-done-assigned", String.valueOf(trip.no()), f.time(trip.departure()),
                            trip.driverName())
                    : in.t("car.retimed-done", String.valueOf(trip.no()), f.time(trip.departure()));
            in.editButtonMessage(Outgoing.builder(done).row(next(in, day.date(), trip)).build());
        }
    }

    @Component
    static class Reject extends DispatcherAction {
        private final CarDays days;
        private final FormEngine forms;

        Reject(CarDays days, FormEngine forms) {
            this.days = days;
            this.forms = forms;
        }

        @Override
        public String name() {
            return TripCards.REJECT;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Trip trip = day.tripOrRefuse(number(button, "trip"));
            Dispatch.explainIfNotWaiting(trip);
            List<Booking> riders = day.riders(trip.no());
            in.answerButton(null);
            if (riders.size() == 1) {
                startRejectForm(in, forms, day, riders.get(0));
                return;
            }
            List<Button> which = riders.stream().map(b -> in.button(in.t("car.button.reject-one", String.valueOf(b.no()),
                    b.requesterName()), REJECT_ONE, "date", day.date(), "booking", String.valueOf(b.no()))).toList();
            in.reply(Outgoing.builder(in.t("car.reject-which", String.valueOf(trip.no()))).grid(which, 1).build());
        }
    }

    @Component
    static class RejectOne extends DispatcherAction {
        private final CarDays days;
        private final FormEngine forms;

        RejectOne(CarDays days, FormEngine forms) {
            this.days = days;
            this.forms = forms;
        }

        @Override
        public String name() {
            return REJECT_ONE;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Booking booking = day.bookingOrRefuse(number(button, "booking"));
            if (booking.status() != BookingStatus.PENDING) {
                throw new Refusal("car.booking-decided", String.valueOf(booking.no()),
                        booking.decidedBy() == null ? "—" : booking.decidedBy());
            }
            in.answerButton(null);
            startRejectForm(in, forms, day, booking);
        }
    }

    static void startRejectForm(Incoming in, FormEngine forms, CarDay day, Booking booking) {
        forms.start(in, RejectForm.NAME, Map.of("date", day.date(), "booking", String.valueOf(booking.no()),
                "who", booking.requesterName()));
    }

    @Component
    static class Show extends DispatcherAction {
        private final CarDays days;
        private final TripCards cards;
        private final CarNews news;
        private final Clock clock;

        Show(CarDays days, TripCards cards, CarNews news, Clock clock) {
            this.days = days;
            this.cards = cards;
            this.news = news;
            this.clock = clock;
        }

        @Override
        public String name() {
            return SHOW;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Trip trip = day.tripOrRefuse(number(button, "trip"));
            in.answerButton(null);
            in.reply(cards.card(in.language(), day, trip, news.cars(), clock.instant()));
        }
    }
}
