package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Changing a trip's time: a lone rider's, an assigned one's, and one left with a time nobody asked for. */
class TripRetimeTest extends CarTest {

    @Test
    void whenNoDriverIsFreeTheDispatcherMovesALoneRiderToATimeWhenOneIs() {
        fleet.saveVehicle("CAR-2", 4, "sedan");
        Phone ann = approved("Ann Lee", "Finance");
        Phone carl = approved("Carl", "IT");
        Phone eve = approved("Eve", "HR");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "1", "Audit");
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        book(carl, "Tomorrow", "09:00", "City hall", "10:30", "1", "Meeting");
        dora.tap(card(2), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-2 + Wang Driver");
        book(eve, "Tomorrow", "10:00", "Railway station", "12:00", "1", "Train");

        SentMessage evesCard = card(3);
        assertThat(evesCard.buttonLabels()).contains("🚗 Assign car and driver", "🕘 Change time", "❌ Decline");
        dora.tap(evesCard, "Assign car and driver");
        SentMessage noDriver = next(dora, "No driver is free for the whole trip");
        assertThat(noDriver.buttonLabels()).containsExactly("🕘 Change time", "❌ Decline");

        dora.tap(noDriver, "Change time");
        SentMessage times = next(dora, "When should the car leave?");
        assertThat(times.buttonLabels()).contains("09:00", "09:45", "✅ 10:00", "10:30", "11:00")
                .doesNotContain("08:45", "11:15");
        dora.tap(times, "10:30");
        assertThat(next(eve, "your car now leaves at 10:30").text()).contains("(you asked for 10:00)");
        SentMessage retimed = dora.expect(m -> m.messageId() == times.messageId()
                && m.text().contains("Trip 3 now leaves at 10:30"));
        assertThat(trip(3).departure()).isEqualTo("2026-12-03T02:30:00Z");
        assertThat(trip(3).returnBy()).isEqualTo("2026-12-03T04:00:00Z");

        dora.tap(retimed, "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-2 + Wang Driver");
        assertThat(next(eve, "Your car is confirmed").text()).contains("Leave at 10:30 → Railway station");
        assertThat(trip(3).status()).isEqualTo(TripStatus.ASSIGNED);
    }

    @Test
    void theDeclineOfferedWhenNothingIsFreeAsksForAReason() {
        fleet.setVehicleActive("VAN-1", false);
        Phone ann = approved("Ann Lee", "Finance");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "1", "Audit");
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        book(approved("Carl", "IT"), "Tomorrow", "09:30", "City hall", "10:30", "1", "Meeting");

        dora.tap(card(2), "Assign car and driver");
        SentMessage noCar = next(dora, "No car with 1 seat is free");
        dora.tap(noCar, "Decline");
        answer(dora, "Why is request #2 (Carl) declined?", "No car is free at that time.");
        next(dora, "Request #2 declined");
        assertThat(booking(2).status()).isEqualTo(BookingStatus.REJECTED);
    }

    @Test
    void anAssignedTripMovesOnlyToTimesItsCarAndDriverAreFreeAndTheDriverIsTold() {
        Phone carl = approved("Carl", "IT");
        Phone ann = approved("Ann Lee", "Finance");
        book(carl, "Tomorrow", "07:00", "City hall", "08:30", "1", "Early meeting");
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        dora.tap(card(2), "Assign car and driver");
        SentMessage menu = next(dora, "Choose a car");
        dora.tap(menu, "CAR-1 ·");
        dora.tap(dora.expect(m -> m.messageId() == menu.messageId() && m.text().contains("Choose a driver")),
                "👤 Li Driver");
        next(ann, "Your car is confirmed");
        next(li, "New trip for you: trip 2");

        SentMessage assigned = dora.expect(m -> m.text().startsWith("🚗 Trip 2 ·") && m.text().contains("assigned by"));
        assertThat(assigned.buttonLabels()).containsExactly("🕘 Change time");
        dora.tap(assigned, "Change time");
        SentMessage times = next(dora, "When should the car leave?");
        assertThat(times.text()).contains("Only the times when CAR-1 and driver Li Driver are free");
        // CAR-1 and Li are out on trip 1 until 08:30
        assertThat(times.buttonLabels()).contains("08:30", "08:45", "✅ 09:00", "09:30", "10:00")
                .doesNotContain("08:00", "08:15");
        dora.tap(times, "09:30");

        assertThat(next(li, "Trip 2, 2026-12-03 Thu: now leaves at 09:30 (was 09:00), back by 11:00").text())
                .contains("Ann Lee");
        assertThat(next(ann, "your car now leaves at 09:30").text()).contains("(you asked for 09:00)");
        dora.expect(m -> m.messageId() == times.messageId()
                && m.text().contains("The riders and driver Li Driver are told"));
        Trip moved = trip(2);
        assertThat(moved.status()).isEqualTo(TripStatus.ASSIGNED);
        assertThat(moved.plate()).isEqualTo("CAR-1");
        assertThat(moved.departure()).isEqualTo("2026-12-03T01:30:00Z");

        // once it has left, its time stays
        moveClockTo(Instant.parse("2026-12-03T01:31:00Z"));
        dora.tap(assigned, "Change time");
        next(dora, "Trip 2 has already left with Li Driver");
        assertThat(trip(2).departure()).isEqualTo("2026-12-03T01:30:00Z");
    }

    @Test
    void aRiderLeftOnAnAssignedSharedCarAtATimeTheyDidNotAskForCanBeMovedToTheirs() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        SentMessage annCard = book(ann, "Tomorrow", "09:00", "Airport", "11:00", "1", "Audit");
        book(bob, "Tomorrow", "09:30", "North hospital", "12:00", "1", "Ward visit");
        dora.tap(card(2), "Pool with trip 1");
        dora.tap(next(dora, "Trip 2 is pooled into trip 1"), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        next(li, "New trip for you");
        next(bob, "Your car is confirmed");

        ann.tap(annCard, "Cancel request #1");
        ann.tap(next(ann, "Cancel request #1 ("), "Yes, cancel it");
        assertThat(next(bob, "Ann Lee is no longer riding with you").text())
                .contains("Your car still leaves at 09:00 (you asked for 09:30)");
        SentMessage kept = next(dora, "Ann Lee left. The car still leaves at 09:00");
        assertThat(kept.text()).contains("but Bob Wu asked for 09:30");
        assertThat(kept.buttonLabels()).containsExactly("🕘 Change time");

        dora.tap(kept, "Change time");
        dora.tap(next(dora, "When should the car leave?"), "09:30");
        assertThat(next(bob, "your car now leaves at 09:30").text()).doesNotContain("you asked for");
        next(li, "Trip 1, 2026-12-03 Thu: now leaves at 09:30 (was 09:00), back by 12:00");
        assertThat(trip(1).departure()).isEqualTo("2026-12-03T01:30:00Z");
        assertThat(trip(1).status()).isEqualTo(TripStatus.ASSIGNED);
    }
}
