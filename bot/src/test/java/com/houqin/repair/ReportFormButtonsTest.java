package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The report form's buttons: one Cancel on the summary, pointers to the buttons, Back from the categories. */
class ReportFormButtonsTest extends BotIntegrationTest {

    @Test
    void theSummaryOffersExactlyOneCancel() {
        Phone li = approved("Li Lei", "Finance");
        li.send("/repair");
        li.tap(li.expect("What needs repair?"), "Lighting");
        li.send("Hall");
        li.send("Lamp dead");
        li.tap(li.expect("Send photos if they help"), "Skip");
        li.tap(li.expect("Is it urgent?"), "Routine");
        SentMessage summary = li.expect("Please check your report");
        assertThat(summary.buttonLabels().stream().filter(l -> l.contains("Cancel"))).hasSize(1);
        li.tap(summary, "Cancel");
        li.expect("Cancelled. Nothing was saved.");
        assertThat(mongo.findAll(Ticket.class)).isEmpty();
    }

    @Test
    void aStickerWhereButtonsAreOfferedPointsToThem() {
        Phone li = approved("Li Lei", "Finance");
        RepairLifecycleTest.report(li, "Lighting", "Block A, room 301", "Light out", false);
        int mark = li.mark();
        li.send("/repair");
        li.sendSticker();
        li.expectAfter(mark, "Please tap one of the buttons below.");
        li.tap(li.expectAfter(mark, "What needs repair?"), "Plumbing");
        // the place: recent places as buttons, or typed
        li.expectAfter(mark, "Where is it?");
        int atPlace = li.mark();
        li.sendVoice();
        li.expectAfter(atPlace, "Please tap one of the buttons below, or type your answer.");
        li.tap(li.expectAfter(atPlace, "Where is it?"), "Block A, room 301");
        // what is wrong: typed only, so the answer asks for text
        li.expectAfter(atPlace, "What is wrong?");
        int atDescription = li.mark();
        li.sendSticker();
        li.expectAfter(atDescription, "Please type your answer as text.");
    }

    @Test
    void backFromTheCategoriesOfAPhotoReportGoesToWhatIsWrong() {
        Phone li = approved("Li Lei", "Finance");
        li.sendPhoto("leak-photo", "Water on the floor");
        SentMessage categories = li.expect("What needs repair?");
        assertThat(categories.buttonLabels()).contains("« Back");
        li.tap(categories, "« Back");
        li.expect(m -> m.text().contains("What is wrong?") && m.buttonData("Back") == null);
        li.send("Water dripping from the ceiling");
        li.tap(li.expect(m -> m.text().contains("What needs repair?") && m.messageId() > categories.messageId()),
                "Plumbing");
        li.send("Canteen kitchen");
        li.tap(li.expect("Is it urgent?"), "Routine");
        SentMessage summary = li.expect("Please check your report");
        assertThat(summary.text()).contains("Water dripping from the ceiling").contains("Canteen kitchen")
                .contains("Photos: 1");
        li.tap(summary, "Confirm");
        li.expect("created");
        assertThat(mongo.findAll(Ticket.class).get(0).photos()).containsExactly("leak-photo");
    }
}
