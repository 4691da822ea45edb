package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class RepairLifecycleTest extends BotIntegrationTest {

    /** Reports a routine lighting problem through /repair; returns the ticket number. */
    static long report(Phone who, String category, String where, String what, boolean urgent) {
        int mark = who.mark();
        who.send("/repair");
        who.tap(who.expectAfter(mark, "What needs repair?"), category);
        who.expectAfter(mark, "Where is it?");
        who.send(where);
        who.expectAfter(mark, "What is wrong?");
        who.send(what);
        who.tap(who.expectAfter(mark, "Send photos if they help"), "Skip");
        who.tap(who.expectAfter(mark, "Is it urgent?"), urgent ? "🚨 Urgent" : "Routine");
        who.tap(who.expectAfter(mark, "Please check your report"), "Confirm");
        SentMessage created = who.expectAfter(mark, "created");
        String code = created.text().replaceAll("(?s).*Ticket (R-\\d+).*", "$1");
        return Long.parseLong(code.substring(2));
    }

    @Test
    void theWholeLifeOfATicket() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long number = report(li, "Lighting", "Block A, 3F, room 301", "The ceiling light flickers", false);
        assertThat(number).isGreaterThan(1000);

        SentMessage offer = wang.expect("New repair job");
        assertThat(offer.text()).contains("R-" + number).contains("Block A, 3F, room 301")
                .contains("The ceiling light flickers").contains("Li Lei (Finance)");
        wang.tap(offer, "Accept");
        li.expect("Wang accepted your repair R-" + number);
        SentMessage card = wang.expect(m -> m.buttonData("Start") != null);
        wang.tap(card, "Start");
        li.expect("Wang started work on R-" + number);
        wang.tap(wang.expect(m -> m.messageId() == card.messageId() && m.buttonData("Done") != null), "Done");
        wang.expect("photo of the result");
        wang.sendPhoto("result-photo-1", null);
        SentMessage added = wang.expect(m -> m.text().contains("Photo 1 added"));
        assertThat(added.buttonLabels()).contains("Done (1 photo)");
        wang.tap(added, "Done (1 photo)");
        wang.expect("marked fixed");

        SentMessage fixed = li.expect("is fixed. Is it?");
        li.tap(fixed, "Fixed");
        li.tap(li.expect("How was the repair"), "5⭐");
        li.expect("Anything to add?");
        li.send("Quick and tidy, thanks!");
        li.expect("Thank you for your feedback");

        Ticket t = mongo.findById(number, Ticket.class);
        assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(t.technicianId()).isEqualTo(wang.id());
        assertThat(t.resultPhoto()).isEqualTo("result-photo-1");
        assertThat(t.rating()).isEqualTo(5);
        assertThat(t.ratingComment()).isEqualTo("Quick and tidy, thanks!");
        wang.expect("confirmed R-" + number + " is fixed");
    }

    @Test
    void aPhotoWithACaptionStartsAReport() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        li.sendPhoto("leak-photo", "Water dripping from the ceiling");
        li.expect("Let’s report this as a repair");
        li.tap("Plumbing");
        li.send("Canteen kitchen");
        li.tap("🚨 Urgent");
        SentMessage confirm = li.expect("Please check your report");
        assertThat(confirm.text()).contains("Water dripping from the ceiling").contains("Photos: 1");
        li.tap(confirm, "Confirm");
        li.expect("created");
        Ticket t = mongo.findAll(Ticket.class).get(0);
        assertThat(t.photos()).containsExactly("leak-photo");
        assertThat(t.description()).isEqualTo("Water dripping from the ceiling");
        assertThat(t.urgent()).isTrue();
        assertThat(t.category()).isEqualTo(RepairCategory.PLUMBING);

        SentMessage offer = wang.expect(m -> m.text().contains("New repair job") && m.buttonData("Accept") != null);
        SentMessage photo = wang.expect(m -> m.hasPhoto() && "leak-photo".equals(m.params().path("photo").asText()));
        assertThat(photo.messageId()).isLessThan(offer.messageId());
        assertThat(offer.text()).contains("📷 1 photo").doesNotContain("photo(s)");
    }

    @Test
    void aPhotoTelegramRefusesDoesNotStopTheJobReachingTheTechnician() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        api.failAlways("sendPhoto");
        li.sendPhoto("expired-file-id", "Door handle fell off");
        li.tap("Doors, windows, furniture");
        li.send("Room 5");
        li.tap("Routine");
        li.tap(li.expect("Please check your report"), "Confirm");
        li.expect("created");
        wang.tap(wang.expect(m -> m.text().contains("Door handle fell off") && m.buttonData("Accept") != null), "Accept");
        li.expect("Wang accepted your repair");
    }

    @Test
    void aPlacesQrCodeOpensAReportWithThePlaceFilledIn() throws Exception {
        Phone ada = admin();
        ada.send("/admin");
        ada.tap("Places and QR codes");
        ada.tap("Add a place");
        ada.send("Block B");
        ada.send("2F");
        ada.send("Room 204");
        SentMessage qr = ada.expect(m -> m.hasPhoto() && m.text().contains("Block B, 2F, Room 204"));
        String link = qr.text().lines().filter(l -> l.startsWith("https://t.me/")).findFirst().orElseThrow();
        assertThat(decodeQr(qr.params().get("upload").asText())).isEqualTo(link);
        String payload = link.substring(link.indexOf("start=") + 6);
        assertThat(payload).startsWith("loc_");

        Phone li = approved("Li Lei", "Finance");
        approved("Wang", "Logistics", Role.TECHNICIAN);
        li.send("/start " + payload);
        li.expect("📍 Block B, 2F, Room 204");
        li.sendPhoto("broken-chair", "Chair leg broken");
        li.tap("Doors, windows, furniture");
        li.tap("Routine");
        li.tap(li.expect("Please check your report"), "Confirm");
        li.expect("created");
        Ticket t = mongo.findAll(Ticket.class).get(0);
        assertThat(t.location()).isEqualTo("Block B, 2F, Room 204");
        assertThat(t.placeId()).isEqualTo(payload.substring(4));
        assertThat(t.photos()).containsExactly("broken-chair");
    }

    private static String decodeQr(String base64Png) throws Exception {
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(base64Png)));
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void badInputInTheReportIsExplained() {
        Phone li = approved("Li Lei", "Finance");
        li.send("/repair");
        li.send("the lamp");
        li.expect("Please tap one of the buttons");
        li.tap("Lighting");
        li.send("x".repeat(2000));
        li.expect("That is 2,000 characters; please keep it within 200");
        li.send("Room 12");
        li.sendSticker();
        li.expect("Please type your answer as text");
        li.send("Lamp dead");
        li.send("here is some text");
        li.expect("Please send a photo, or tap the button");
        li.tap("Skip");
        li.tap("Routine");
        li.tap(li.expect("Please check your report"), "Edit");
        li.tap(li.expect("What would you like to change?"), "Place");
        li.send("Room 14");
        SentMessage confirm = li.expect(m -> m.text().contains("Please check your report") && m.text().contains("Room 14"));
        li.tap(confirm, "Confirm");
        li.expect("created");
        assertThat(mongo.findAll(Ticket.class).get(0).location()).isEqualTo("Room 14");
    }

    @Test
    void recentPlacesAreOfferedAsButtons() {
        Phone li = approved("Li Lei", "Finance");
        report(li, "Lighting", "Block A, 3F, room 301", "Light out", false);
        int mark = li.mark();
        li.send("/repair");
        li.tap(li.expectAfter(mark, "What needs repair?"), "Plumbing");
        li.tap(li.expectAfter(mark, "Where is it?"), "Block A, 3F, room 301");
        li.expectAfter(mark, "What is wrong?");
    }

    @Test
    void myOpenRequestsCanBeCancelledUntilWorkStarts() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long number = report(li, "Lighting", "Hall", "Light out", false);
        li.send("/my");
        SentMessage mine = li.expect(m -> m.text().contains("R-" + number) && m.buttonData("Cancel request") != null);
        li.tap(mine, "Cancel request");
        li.expect("R-" + number + " cancelled");
        assertThat(mongo.findById(number, Ticket.class).status()).isEqualTo(TicketStatus.CANCELLED);
        wang.expect(m -> m.text().contains("R-" + number) && m.text().contains("Cancelled by the reporter")
                && m.keyboard().isEmpty());
    }

    @Test
    void aCancelledJobCannotBeAccepted() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long number = report(li, "Lighting", "Hall", "Light out", false);
        SentMessage offer = wang.expect("New repair job");
        Tickets tickets = null;
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(number)),
                org.springframework.data.mongodb.core.query.Update.update("status", TicketStatus.CANCELLED), Ticket.class);
        wang.tap(offer, "Accept");
        wang.expect("R-" + number + " was cancelled by the reporter");
        assertThat(mongo.findById(number, Ticket.class).technicianId()).isNull();
        assertThat(tickets).isNull();
    }

    @Test
    void technicianButtonsAreForTechniciansOfTheCategory() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        Phone plumber = approved("Zhou", "Logistics", Role.TECHNICIAN);
        mongo.insert(new TechnicianProfile(plumber.id(), java.util.Set.of(RepairCategory.PLUMBING)));
        long number = report(li, "Lighting", "Hall", "Light out", false);
        SentMessage offer = wang.expect("New repair job");
        assertThat(plumber.messages()).noneMatch(m -> m.text().contains("R-" + number));

        // the plumber replays the lighting offer's button from his own chat
        String accept = offer.buttonData("Accept");
        SentMessage fake = new SentMessage(plumber.id(), 1, "sendmessage", api.json().createObjectNode(), java.util.List.of());
        plumber.tapData(fake, accept);
        plumber.expect("This button is not for you");
        // an employee tries /tickets
        li.send("/tickets");
        li.expect("only for: Technician");
        assertThat(mongo.findById(number, Ticket.class).status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void aTechnicianOfAnotherCategoryCannotAcceptFromTheQueue() {
        Phone li = approved("Li Lei", "Finance");
        Phone plumber = approved("Zhou", "Logistics", Role.TECHNICIAN);
        long number = report(li, "Lighting", "Hall", "Light out", false);
        mongo.insert(new TechnicianProfile(plumber.id(), java.util.Set.of(RepairCategory.PLUMBING)));
        // an offer sent before his categories changed
        SentMessage offer = plumber.expect("New repair job");
        plumber.tap(offer, "Accept");
        plumber.expect("This job is for Lighting technicians");
        assertThat(mongo.findById(number, Ticket.class).status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void ticketsListsMyJobsThenUnacceptedUrgentFirst() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long routine = report(li, "Lighting", "Hall", "Light out", false);
        long urgent = report(li, "Electrical", "Server room", "Sparks from the socket", true);
        wang.send("/tickets");
        SentMessage queue = wang.expect("Waiting for a technician (2)");
        String text = queue.text();
        assertThat(text.indexOf("R-" + urgent)).isLessThan(text.indexOf("R-" + routine));
        wang.tap(queue, "R-" + urgent);
        wang.tap(wang.expect(m -> m.text().contains("R-" + urgent) && m.buttonData("Accept") != null
                && m.text().contains("waiting for a technician")), "Accept");
        li.expect("accepted your repair R-" + urgent);
        int mark = wang.mark();
        wang.send("/tickets");
        SentMessage after = wang.expectAfter(mark, "My jobs (1)");
        assertThat(after.text()).contains("R-" + urgent).contains("Waiting for a technician (1)");
    }

    @Test
    void ticketNumbersAreUnique() {
        Phone li = approved("Li Lei", "Finance");
        long first = report(li, "Lighting", "Hall", "Light out", false);
        long second = report(li, "Lighting", "Hall", "Another light out", false);
        assertThat(second).isEqualTo(first + 1);
        assertThat(Instant.now()).isNotNull();
    }
}
