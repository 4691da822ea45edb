package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Cancelling from a shared car: everyone still on it, the driver and the dispatchers are told. */
class PooledTripCancellationTest extends CarTest {

    @Test
    void ridersLeavingASharedCarOneByOneTellEveryoneAndFreeTheCar() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        SentMessage annCard = book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        SentMessage bobCard = book(bob, "Tomorrow", "09:30", "North hospital", "12:00", "1", "Ward visit");
        dora.tap(card(2), "Pool with trip 1");
        dora.tap(next(dora, "Trip 2 is pooled into trip 1"), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        next(li, "New trip for you");
        next(ann, "Your car is confirmed");
        next(bob, "Your car is confirmed");

        // Bob leaves: Ann's car still goes, the driver hears it, the card shows it
        bob.send("/my");
        SentMessage mine = next(bob, "Car request #2");
        assertThat(mine.text()).contains("CAR-1").contains("Li Driver").contains("Sharing the car with Ann Lee");
        bob.tap(mine, "Cancel request #2");
        SentMessage sure = next(bob, "Cancel request #2 (");
        bob.tap(sure, "Yes, cancel it");
        bob.expect(m -> m.messageId() == sure.messageId() && m.text().contains("Request #2 is cancelled"));
        assertThat(next(ann, "Bob Wu is no longer riding with you").text())
                .contains("Your car still leaves at 09:00; riding now: just you");
        assertThat(next(li, "Bob Wu (HR, 1 person) cancelled").text()).contains("Now 👥 2");
        dora.expect(m -> m.text().startsWith("🚗 Trip 1 ·") && m.text().contains("(cancelled)")
                && m.text().contains("Leaves 09:00, back by 11:00 · 👥 2"));
        bob.expect(m -> m.messageId() == bobCard.messageId() && m.text().contains("Cancelled.") && m.keyboard().isEmpty());
        assertThat(trip(1).status()).isEqualTo(TripStatus.ASSIGNED);
        assertThat(trip(1).returnBy()).isEqualTo("2026-12-03T03:00:00Z");

        // Ann leaves too: the trip is off, the driver and the dispatchers know the car is free
        ann.tap(annCard, "Cancel request #1");
        SentMessage annSure = next(ann, "Cancel request #1 (");
        ann.tap(annSure, "Yes, cancel it");
        ann.expect(m -> m.messageId() == annSure.messageId() && m.text().contains("Request #1 is cancelled"));
        next(li, "Trip 1 on 2026-12-03 Thu at 09:00 is cancelled");
        assertThat(next(dora, "was cancelled by its riders").text()).contains("car CAR-1 and driver Li Driver are free");
        assertThat(trip(1).status()).isEqualTo(TripStatus.CANCELLED);
        assertThat(thursday().bookings()).extracting(Booking::status).containsOnly(BookingStatus.CANCELLED);

        // and the car can be given to someone else at that time
        book(approved("Carl", "IT"), "Tomorrow", "09:00", "City hall", "10:00", "1", "Meeting");
        dora.tap(card(3), "Assign car and driver");
        assertThat(next(dora, "Choose a car").buttonLabels()).contains("⚡ CAR-1 + Li Driver");
    }
}
