package com.houqin.car;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Outgoing;

/** The requester's Cancel button: asks once more, then cancels and tells everyone concerned. */
final class RiderActions {

    static final String CANCEL_YES = "car.cancel-yes";
    static final String CANCEL_NO = "car.cancel-no";

    private RiderActions() {
    }

    @Component
    static class AskCancel extends CarAction {
        private final CarDays days;
        private final CarFormats f;

        AskCancel(CarDays days, CarFormats f) {
            this.days = days;
            this.f = f;
        }

        @Override
        public String name() {
            return BookingCards.CANCEL;
        }

        @Override
        public Access access() {
            return Access.approved();
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            CarDay day = days.load(date(button));
            Booking b = day.bookingOrRefuse(number(button, "booking"));
            if (b.requesterId() != in.userId()) {
                throw new Refusal("car.not-your-booking", String.valueOf(b.no()));
            }
            if (!b.isActive()) {
                throw new Refusal("car.already-cancelled", String.valueOf(b.no()));
            }
            String no = String.valueOf(b.no());
            in.answerButton(null);
            in.reply(Outgoing.builder(in.t("car.cancel-ask", no, f.date(day, in.language()), f.time(b.departure()),
                            b.destination()))
                    .row(in.button(in.t("car.button.cancel-yes"), CANCEL_YES, "date", day.date(), "booking", no),
                            in.button(in.t("car.button.cancel-no"), CANCEL_NO, "booking", no))
                    .build());
        }
    }

    @Component
    static class Cancel extends CarAction {
        private final CarBookings bookings;

        Cancel(CarBookings bookings) {
            this.bookings = bookings;
        }

        @Override
        public String name() {
            return CANCEL_YES;
        }

        @Override
        public Access access() {
            return Access.approved();
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            int no = number(button, "booking");
            bookings.cancel(date(button), no, in.approvedPerson());
            in.answerButton(null);
            in.editButtonMessage(Outgoing.text(in.t("car.cancelled-done", String.valueOf(no))));
        }
    }

    @Component
    static class Keep extends CarAction {
        @Override
        public String name() {
            return CANCEL_NO;
        }

        @Override
        public Access access() {
            return Access.approved();
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            in.answerButton(null);
            in.editButtonMessage(Outgoing.text(in.t("car.cancel-kept", button.arg("booking"))));
        }
    }
}
