package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Someone new scans a place's QR code: they join first, and the place is not lost. */
class NewcomerAtAPlaceTest extends BotIntegrationTest {

    @Autowired
    Places places;

    @Test
    void aNewcomerWhoScannedAPlaceJoinsAndThenReportsThereInOneTap() {
        Place room = places.create("Block B", "2F", "Room 204", ADMIN_ID);
        approved("Wang", "Logistics", Role.TECHNICIAN);
        Phone li = stranger("Li", "en");
        li.send("/start " + PlaceDeepLink.PREFIX + room.id());
        li.expect("Welcome to Houqin");
        li.expect("The code you scanned is kept");
        li.expect("full name");
        li.send("Li Lei");
        li.tap("Finance");
        li.expect("sent to the admins");

        admin().tap(admin().expect(m -> m.text().contains("Registration request") && m.text().contains("Li Lei")),
                "Approve");
        SentMessage approved = li.expect("Your registration is approved");
        assertThat(approved.buttonLabels()).containsExactly("🔧 Report a problem at Block B, 2F, Room 204");

        li.tap(approved, "Report a problem at");
        li.expect("📍 Block B, 2F, Room 204");
        li.send("Window does not close");
        li.tap("Skip");
        li.tap("Doors, windows, furniture");
        li.tap("Routine");
        li.tap(li.expect("Please check your report"), "Confirm");
        li.expect("created");
        Ticket t = mongo.findAll(Ticket.class).get(0);
        assertThat(t.location()).isEqualTo("Block B, 2F, Room 204");
        assertThat(t.placeId()).isEqualTo(room.id());
        assertThat(t.reporterId()).isEqualTo(li.id());
    }

    @Test
    void aNewcomerWithoutACodeGetsNoSuchButton() {
        Phone mei = stranger("Mei", "en");
        mei.send("/start");
        mei.send("Mei Han");
        mei.tap("Finance");
        admin().tap(admin().expect(m -> m.text().contains("Registration request") && m.text().contains("Mei Han")),
                "Approve");
        assertThat(mei.expect("Your registration is approved").buttonLabels()).isEmpty();
    }
}
