package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** One car where one car will do: which requests are offered for pooling, and pooling them. */
class CarPoolingTest extends CarTest {

    @Test
    void twoRequestsTheSameWayTheSameMorningBecomeOneTrip() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        SentMessage first = card(1);
        book(bob, "Tomorrow", "09:30", "North hospital", "12:00", "3", "Ward visit");
        SentMessage second = card(2);
        assertThat(second.text()).contains("Can share a car with:").contains("Trip 1: 09:00 → Airport, 👥 2 (Ann Lee)");
        // the first request's card now offers the second one too
        dora.expect(m -> m.messageId() == first.messageId() && m.text().contains("Trip 2: 09:30 → North hospital"));

        dora.tap(second, "Pool with trip 1 (09:00)");
        SentMessage pooled = next(dora, "Trip 2 is pooled into trip 1");
        assertThat(pooled.text()).contains("leaves 09:00, back by 12:00, 👥 5");
        assertThat(next(ann, "will share a car with").text()).contains("Bob Wu (HR, 3 people)")
                .contains("The car leaves at 09:00.");
        assertThat(next(bob, "will share a car with").text()).contains("Ann Lee (Finance, 2 people)")
                .contains("leaves at 09:00 (you asked for 09:30)");
        dora.expect(m -> m.messageId() == second.messageId() && m.text().contains("Pooled into trip 1")
                && m.keyboard().isEmpty());
        assertThat(trip(2).status()).isEqualTo(TripStatus.MERGED);
        assertThat(booking(2).tripNo()).isEqualTo(1);
        assertThat(trip(1).departure()).isEqualTo("2026-12-03T01:00:00Z");
        assertThat(trip(1).returnBy()).isEqualTo("2026-12-03T04:00:00Z");

        dora.tap(pooled, "Change time");
        SentMessage times = next(dora, "When should the car leave?");
        assertThat(times.buttonLabels()).contains("✅ 09:00", "09:15", "09:30");
        dora.tap(times, "09:15");
        next(ann, "your shared car now leaves at 09:15 (you asked for 09:00)");
        next(bob, "your shared car now leaves at 09:15 (you asked for 09:30)");

        dora.tap(dora.expect(m -> m.messageId() == times.messageId() && m.text().contains("now leaves at 09:15")),
                "Assign car and driver");
        SentMessage menu = next(dora, "Choose a car");
        assertThat(menu.buttonLabels()).noneMatch(l -> l.startsWith("CAR-1")); // 4 seats for 5 people
        dora.tap(menu, "⚡ VAN-1");
        assertThat(next(ann, "Your car is confirmed").text()).contains("Leave at 09:15 → Airport")
                .contains("VAN-1").contains("Sharing the car with Bob Wu");
        assertThat(next(bob, "Your car is confirmed").text()).contains("Leave at 09:15 → North hospital")
                .contains("Sharing the car with Ann Lee");
        assertThat(trip(1).plate()).isEqualTo("VAN-1");
        assertThat(thursday().riders(1)).extracting(Booking::status)
                .containsOnly(BookingStatus.APPROVED);

        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/summary");
        SentMessage summary = next(boss, "Logistics summary");
        assertThat(summary.text()).contains("Trips on 2026-12-03 Thu: 1 (👥 5)")
                .contains("09:15 trip 1 · VAN-1").contains("Pooled this week: 1 shared trip, 1 car saved");
    }

    @Test
    void requestsThatMustNotShareACarAreNotOffered() {
        book(approved("Ann Lee", "Finance"), "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        book(approved("Carl", "IT"), "Tomorrow", "09:15", "Railway station", "11:15", "1", "Other direction");
        book(approved("Dan", "IT"), "Tomorrow", "14:00", "Airport", "16:00", "1", "Afternoon");
        book(approved("Eve", "IT"), "Tomorrow", "09:30", "Airport", "11:30", "6", "Too many together");
        book(approved("Fay", "IT"), "Tomorrow", "09:45", "North hospital", "11:45", "1", "Same direction");
        book(approved("Gus", "IT"), "Tomorrow", "10:30", "Airport", "11:30", "1", "Too far apart");

        assertThat(card(2).text()).doesNotContain("Can share");
        assertThat(card(3).text()).doesNotContain("Can share");
        SentMessage eve = card(4);
        assertThat(eve.text()).doesNotContain("Trip 1:");
        SentMessage fay = card(5);
        assertThat(fay.text()).contains("Trip 1: 09:00 → Airport");
        assertThat(fay.buttonLabels()).contains("🤝 Pool with trip 1 (09:00)");
        assertThat(card(6).text()).doesNotContain("Trip 1:");

        Person by = people.find(dora.id()).orElseThrow();
        assertThatThrownBy(() -> dispatch.pool(THURSDAY, 2, 1, by)).hasMessage("car.pool-other-way");
        assertThatThrownBy(() -> dispatch.pool(THURSDAY, 3, 1, by)).hasMessage("car.pool-other-half-day");
        assertThatThrownBy(() -> dispatch.pool(THURSDAY, 4, 1, by)).hasMessage("car.pool-too-many");
        assertThatThrownBy(() -> dispatch.pool(THURSDAY, 6, 1, by)).hasMessage("car.pool-too-far-apart");
        assertThat(thursday().trips()).extracting(Trip::status).containsOnly(TripStatus.WAITING);

        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/summary");
        SentMessage summary = next(boss, "Logistics summary");
        assertThat(summary.text()).contains("Waiting for a dispatcher: 6")
                .contains("#3 2026-12-03 Thu 14:00 → Airport · Dan (IT)")
                .contains("09:00 trip 1 · ⏳ no car yet → Airport · 👥 2")
                .doesNotContain("Pooled this week");
    }

    @Test
    void aRequestJoinsATripThatAlreadyHasACarWhenItsCarHasTheSeats() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        dora.tap(card(1), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        next(li, "New trip for you");

        book(bob, "Tomorrow", "09:30", "Airport", "11:30", "2", "Customs papers");
        SentMessage card = card(2);
        assertThat(card.text()).contains("Trip 1: 09:00 → Airport, 👥 2 (Ann Lee), car CAR-1 assigned");
        dora.tap(card, "Pool with trip 1");
        next(dora, "Trip 2 joined trip 1 (CAR-1, driver Li Driver)");

        assertThat(next(bob, "Your car is confirmed").text()).contains("Leave at 09:00 → Airport")
                .contains("CAR-1").contains("Li Driver").contains("Sharing the car with Ann Lee");
        next(ann, "Bob Wu (HR, 2 people) will ride with you");
        assertThat(next(li, "joins").text()).contains("Now 👥 4, back by 11:30");
        assertThat(booking(2).status()).isEqualTo(BookingStatus.APPROVED);
        assertThat(booking(2).tripNo()).isEqualTo(1);
        assertThat(trip(1).returnBy()).isEqualTo("2026-12-03T03:30:00Z");

        // the car is full now: a fifth person is not offered that trip
        book(approved("Carl", "IT"), "Tomorrow", "09:15", "Airport", "11:00", "1", "One more");
        assertThat(card(3).text()).doesNotContain("Trip 1:");
    }
}
