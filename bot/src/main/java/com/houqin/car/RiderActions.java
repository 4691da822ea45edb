package com.houqin.car;

import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;
import static com.houqin.car.CarButtons.number;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Outgoing;

/** The requester's Cancel button: asks once more, then cancels and tells everyone concerned. */
@Component
class RiderActions implements ButtonSet {

    static final String CANCEL_YES = "car.cancel-yes";
    static final String CANCEL_NO = "car.cancel-no";

    private final CarDays days;
    private final CarBookings bookings;
    private final CarFormats f;

    RiderActions(CarDays days, CarBookings bookings, CarFormats f) {
        this.days = days;
        this.bookings = bookings;
        this.f = f;
    }

    @Override
    public List<ButtonAction> buttons() {
        Access approved = Access.approved();
        return List.of(
                carButton(BookingCards.CANCEL, approved, this::askCancel),
                carButton(CANCEL_YES, approved, this::cancel),
                carButton(CANCEL_NO, approved, this::keep));
    }

    private void askCancel(Incoming in, ButtonRecord button) {
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

    private void cancel(Incoming in, ButtonRecord button) {
        int no = number(button, "booking");
        bookings.cancel(date(button), no, in.approvedPerson());
        in.answerButton(null);
        in.editButtonMessage(Outgoing.text(in.t("car.cancelled-done", String.valueOf(no))));
    }

    private void keep(Incoming in, ButtonRecord button) {
        in.answerButton(null);
        in.editButtonMessage(Outgoing.text(in.t("car.cancel-kept", button.arg("booking"))));
    }
}
