package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Reminders before departure (60 and 15 minutes by default), each sent once; Done after the trip. */
class DepartureRemindersTest extends CarTest {

    private static final Instant THURSDAY_9AM = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void riderAndDriverAreRemindedOncePerLeadAndTheDriverMarksTheTripDone() {
        Phone ann = approved("Ann Lee", "Finance");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        next(ann, "Your car is confirmed");
        next(li, "New trip for you");

        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(61)));
        tasks.runDueTasks();
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(59)));
        tasks.runDueTasks();
        tasks.runDueTasks();
        assertThat(next(ann, "Your car leaves in").text()).contains("at 09:00 → Airport").contains("CAR-1")
                .contains("Li Driver");
        SentMessage driverReminder = next(li, "Trip 1 leaves in");
        assertThat(driverReminder.text()).contains("Ann Lee (Finance)");
        li.send("/cars");
        SentMessage mine = next(li, "Your trips from");
        assertThat(mine.text()).contains("2026-12-03 Thu · 09:00–11:00 · trip 1").contains("CAR-1");
        assertThat(mine.buttonLabels()).isEmpty(); // Done comes once the trip has left

        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(14)));
        tasks.runDueTasks();
        assertThat(next(ann, "Your car leaves in").text()).contains("in 14 min");
        next(li, "Trip 1 leaves in 14 min");
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(5)));
        tasks.runDueTasks();
        moveClockTo(THURSDAY_9AM.plus(Duration.ofMinutes(5)));
        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertThat(ann.messages()).filteredOn(m -> m.text().contains("Your car leaves in")).hasSize(2);
        assertThat(li.messages()).filteredOn(m -> m.text().contains("Trip 1 leaves in")).hasSize(2);
        assertThat(trip(1).reminded()).containsExactlyInAnyOrder("PT1H", "PT15M");

        // too early for Done at 08:50; after the trip it is taken, with the odometer reading
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(10)));
        li.tap(driverReminder, "Done");
        next(li, "has not left yet");
        moveClockTo(THURSDAY_9AM.plus(Duration.ofHours(2)));
        li.tap(driverReminder, "Done");
        next(li, "Trip 1 is marked done");
        li.send("12,345 km");
        next(li, "Odometer 12345 km saved for trip 1");
        assertThat(trip(1).status()).isEqualTo(TripStatus.DONE);
        assertThat(trip(1).odometer()).isEqualTo(12345);
        li.tap(driverReminder, "Done");
        next(li, "Trip 1 is already done");
    }

    @Test
    void aTripAssignedAtTheLastMomentGetsOneReminderNotTwo() {
        Phone ann = approved("Ann Lee", "Finance");
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(40)));
        book(ann, "Today", "9:00", "City hall", "10:00", "1", "Signature");
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(10)));
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡");
        next(ann, "Your car is confirmed");
        tasks.registerTasks();
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(8)));
        tasks.runDueTasks();
        next(ann, "Your car leaves in 8 min");
        moveClockTo(THURSDAY_9AM.minus(Duration.ofMinutes(6)));
        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertThat(ann.messages()).filteredOn(m -> m.text().contains("Your car leaves in")).hasSize(1);
    }
}
