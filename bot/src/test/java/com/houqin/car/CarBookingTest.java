package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A request for a car, from /car to a car and a driver, as the people involved see it. */
class CarBookingTest extends CarTest {

    @Test
    void anEmployeeBooksADispatcherAssignsAndEveryoneIsTold() {
        Phone ann = approved("Ann Lee", "Finance");
        SentMessage card = book(ann, "Tomorrow", "09:30", "Airport", "11:30", "3", "Audit at the airport office");
        assertThat(card.text()).contains("Car request #1").contains("09:30 → Airport, back by 11:30")
                .contains("Waiting for a dispatcher");
        assertThat(card.buttonLabels()).contains("✖ Cancel request #1");
        Booking stored = booking(1);
        assertThat(stored.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(stored.passengers()).isEqualTo(3);
        assertThat(stored.direction()).isEqualTo("north");
        assertThat(stored.departure()).isEqualTo("2026-12-03T01:30:00Z");

        SentMessage request = next(dora, "Trip 1");
        assertThat(request.text()).contains("Ann Lee (Finance)").contains("Audit at the airport office")
                .contains("Waiting for a car and a driver");
        dora.tap(request, "Assign car and driver");
        SentMessage menu = next(dora, "Choose a car");
        assertThat(menu.buttonLabels()).contains("⚡ CAR-1 + Li Driver");
        dora.tap(menu, "CAR-1 ·");
        SentMessage drivers = dora.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Choose a driver"));
        dora.tap(drivers, "Wang Driver");
        dora.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Trip 1 assigned"));

        SentMessage approved = next(ann, "Your car is confirmed");
        assertThat(approved.text()).contains("request #1").contains("Leave at 09:30 → Airport")
                .contains("CAR-1 (Sedan, 4 seats)").contains("Wang Driver");
        ann.expect(m -> m.messageId() == card.messageId() && m.text().contains("Approved: car CAR-1"));
        SentMessage task = next(wang, "New trip for you");
        assertThat(task.text()).contains("trip 1").contains("Ann Lee (Finance)").contains("back by 11:30");
        dora.expect(m -> m.messageId() == request.messageId() && m.text().contains("assigned by Dora Dispatcher")
                && m.keyboard().isEmpty());

        Trip trip = trip(1);
        assertThat(trip.status()).isEqualTo(TripStatus.ASSIGNED);
        assertThat(trip.plate()).isEqualTo("CAR-1");
        assertThat(trip.driverId()).isEqualTo(wang.id());
        assertThat(booking(1).status()).isEqualTo(BookingStatus.APPROVED);

        ann.send("/my");
        assertThat(next(ann, "Car request #1").text()).contains("CAR-1").contains("Wang Driver");
        dora.send("/cars tomorrow");
        assertThat(next(dora, "Cars —").text()).contains("09:30–11:30 · trip 1 · Wang Driver");
    }
}
