package com.houqin.car;

import static com.houqin.car.CarButtons.DISPATCHERS;
import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;
import static com.houqin.car.CarButtons.number;
import static com.houqin.car.CarButtons.tripButton;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * The dispatcher's Decline on a trip card ({@link TripCards#REJECT}): on a shared trip, first
 * which request; then the reason ({@link RejectForm}). Dispatchers only.
 */
@Component
class DeclineActions implements ButtonSet {

    static final String REJECT_ONE = "car.reject-one";

    private final CarDays days;
    private final FormEngine forms;

    DeclineActions(CarDays days, FormEngine forms) {
        this.days = days;
        this.forms = forms;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                tripButton(TripCards.REJECT, DISPATCHERS, days, this::reject),
                carButton(REJECT_ONE, DISPATCHERS, this::rejectOne));
    }

    private void reject(Incoming in, CarDay day, Trip trip, ButtonRecord button) {
        Dispatch.explainIfNotWaiting(trip);
        List<Booking> riders = day.riders(trip.no());
        in.answerButton(null);
        if (riders.size() == 1) {
            startRejectForm(in, day, riders.get(0));
            return;
        }
        List<Button> which = riders.stream().map(b -> in.button(in.t("car.button.reject-one", String.valueOf(b.no()),
                b.requesterName()), REJECT_ONE, "date", day.date(), "booking", String.valueOf(b.no()))).toList();
        in.reply(Outgoing.builder(in.t("car.reject-which", String.valueOf(trip.no()))).grid(which, 1).build());
    }

    private void rejectOne(Incoming in, ButtonRecord button) {
        CarDay day = days.load(date(button));
        Booking booking = day.bookingOrRefuse(number(button, "booking"));
        if (booking.status() != BookingStatus.PENDING) {
            throw new Refusal("car.booking-decided", String.valueOf(booking.no()),
                    booking.decidedBy() == null ? "—" : booking.decidedBy());
        }
        in.answerButton(null);
        startRejectForm(in, day, booking);
    }

    private void startRejectForm(Incoming in, CarDay day, Booking booking) {
        forms.start(in, RejectForm.NAME, Map.of("date", day.date(), "booking", String.valueOf(booking.no()),
                "who", booking.requesterName()));
    }
}
