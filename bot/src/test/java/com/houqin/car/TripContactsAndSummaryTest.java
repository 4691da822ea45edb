package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.houqin.people.Person;
import com.houqin.testing.Phone;

/** A driver can reach the riders. */
class TripContactsAndSummaryTest extends CarTest {

    @Test
    void theDriverSeesEachRidersUsername() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ann.id())), new Update().set("username", "ann_lee"),
                Person.class);
        book(ann, "Tomorrow", "09:00", "Airport", "11:00", "2", "Audit");
        book(bob, "Tomorrow", "09:30", "Airport", "11:30", "1", "Customs");
        dora.tap(card(2), "Pool with trip 1");
        dora.tap(next(dora, "Trip 2 is pooled into trip 1"), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        String trip = next(li, "New trip for you").text();
        assertThat(trip).contains("Ann Lee (Finance), 👥 2 → Airport (asked for 09:00) · @ann_lee");
        assertThat(trip.lines().filter(l -> l.contains("Bob Wu"))).singleElement().asString().doesNotContain("@");

        li.send("/cars");
        assertThat(next(li, "Your trips from").text()).contains("@ann_lee");

        moveClockTo(Instant.parse("2026-12-03T01:00:00Z").minus(Duration.ofMinutes(59)));
        tasks.runDueTasks();
        assertThat(next(li, "Trip 1 leaves in").text()).contains("@ann_lee");
    }

    @Test
    void aDispatchersSummaryListsTodaysTripsStillToComeWithTheirRiders() {
        Phone ann = approved("Ann Lee", "Finance");
        Phone bob = approved("Bob Wu", "HR");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ann.id())), new Update().set("username", "ann_lee"),
                Person.class);
        book(bob, "Today", "08:30", "City hall", "09:00", "1", "Early errand");
        book(ann, "Today", "14:00", "Airport", "16:00", "2", "Audit");
        book(bob, "Tomorrow", "09:30", "Airport", "11:30", "1", "Customs");
        dora.tap(card(2), "Assign car and driver");
        dora.tap(next(dora, "Choose a car"), "⚡ CAR-1 + Li Driver");
        next(ann, "Your car is confirmed");
        moveClockTo(Instant.parse("2026-12-02T01:30:00Z")); // 09:30, Bob's errand is over

        dora.send("/summary");
        String summary = next(dora, "Logistics summary").text();
        assertThat(summary).contains("🚗 Cars").contains("Trips on 2026-12-02 Wed: 1 (👥 2)")
                .contains("• 14:00 trip 2 · CAR-1 · Li Driver → Airport · 👥 2")
                .contains("• Ann Lee (Finance), 👥 2 → Airport (asked for 14:00) · @ann_lee")
                .contains("• 09:30 trip 3 · ⏳ no car yet → Airport · 👥 1")
                .contains("• Bob Wu (HR), 👥 1 → Airport (asked for 09:30)")
                .doesNotContain("trip 1 ·").doesNotContain("Early errand")
                .doesNotContain("🔧 Repairs").doesNotContain("🍽 Meals"); // the managers' part

        Phone boss = approved("Boss", "Logistics", com.houqin.people.Role.MANAGER);
        boss.send("/summary");
        String managers = next(boss, "Logistics summary").text();
        assertThat(managers).contains("🍽 Meals").contains("• 14:00 trip 2 · CAR-1 · Li Driver → Airport · 👥 2").doesNotContain("@ann_lee");

        wang.send("/summary");
        assertThat(next(wang, "only for").text()).contains("Dispatcher").contains("Manager");
    }
}
