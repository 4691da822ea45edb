package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Admins keep the cars and destinations in /admin; what they change is what people are offered. */
class FleetAdminTest extends CarTest {

    @Test
    void anAdminAddsACarTurnsOneOffAndAddsADestination() {
        Phone ada = admin();
        ada.send("/admin");
        ada.tap(next(ada, "Admin —"), "Cars and destinations");
        SentMessage list = next(ada, "Cars (tap to turn one off or on)");
        assertThat(list.text()).contains("✅ CAR-1 (Sedan, 4 seats)").contains("✅ Airport — north");

        ada.tap(list, "Add or change a car");
        answer(ada, "plate number", "粤b 12345");
        answer(ada, "How many passenger seats", "80");
        next(ada, "a number from 1 to 60");
        ada.send("14");
        answer(ada, "What kind of car", "Minibus");
        ada.tap(next(ada, "Car 粤B 12345: 14 seats, Minibus."), "Confirm");
        next(ada, "Saved: 粤B 12345 (Minibus, 14 seats)");
        assertThat(fleet.vehicle("粤B 12345")).get().extracting(Vehicle::seats, Vehicle::active).containsExactly(14, true);

        SentMessage fresh = next(ada, "Cars (tap to turn one off or on)");
        ada.tap(fresh, "Turn off VAN-1");
        ada.expect(m -> m.messageId() == fresh.messageId() && m.text().contains("⛔ VAN-1"));
        assertThat(fleet.vehicle("VAN-1")).get().extracting(Vehicle::active).isEqualTo(false);

        ada.tap(ada.expect(m -> m.messageId() == fresh.messageId() && m.buttonData("Add or change a destination") != null),
                "Add or change a destination");
        answer(ada, "The destination’s name", "West depot");
        SentMessage directions = next(ada, "Which direction");
        assertThat(directions.buttonLabels()).contains("north", "east", "centre", "No direction");
        ada.send("West");
        ada.tap(next(ada, "Destination West depot, direction west."), "Confirm");
        next(ada, "Saved: West depot (west)");
        assertThat(fleet.destinationNamed("west depot")).get().extracting(Destination::direction).isEqualTo("west");

        // what employees are now offered: the new place, and up to the largest active car's seats
        Phone ann = approved("Ann Lee", "Finance");
        ann.send("/car");
        answer(ann, "Which day?", "Tomorrow");
        answer(ann, "What time do you leave", "10:00");
        SentMessage where = next(ann, "Where to?");
        assertThat(where.buttonLabels()).contains("West depot", "Airport");
        ann.tap(where, "West depot");
        answer(ann, "When will you be back?", "12:00");
        assertThat(next(ann, "How many people travel").text()).contains("(1 to 14)");

        Phone bob = approved("Bob", "IT");
        bob.send("/admin");
        next(bob, "only for: Admin");
    }
}
