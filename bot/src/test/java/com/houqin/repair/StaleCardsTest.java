package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** Cards whose ticket moved on are edited to say where it stands, and their old buttons go. */
class StaleCardsTest extends BotIntegrationTest {

    @Test
    void aCancelledJobsCardLosesStartAndDone() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        wang.tap(wang.expect("New repair job"), "Accept");
        SentMessage card = wang.expect(m -> m.buttonData("Start") != null);
        li.send("/my");
        li.tap(li.expect(m -> m.text().contains("R-" + number) && m.buttonData("Cancel request") != null),
                "Cancel request");

        SentMessage edited = wang.expect(m -> m.messageId() == card.messageId() && m.keyboard().isEmpty());
        assertThat(edited.text()).contains("R-" + number).contains("Cancelled");

        // the old Start, pressed anyway, is answered politely with where the job stands
        wang.tapData(card, card.buttonData("Start"));
        wang.expect("R-" + number + " is now: Cancelled");
        assertThat(api.calls("answercallbackquery")).anyMatch(c -> c.params().path("text").asText()
                .contains("R-" + number + " is now: Cancelled"));
    }

    @Test
    void anAnsweredFixedQuestionLosesItsButtons() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        wang.tap(wang.expect("New repair job"), "Accept");
        wang.tap(wang.expect(m -> m.buttonData("Done") != null), "Done");
        wang.tap(wang.expect("photo of the result"), "Skip");
        SentMessage question = li.expect("is fixed. Is it?");
        li.tap(question, "Fixed");
        li.expect("How was the repair");

        SentMessage edited = li.expect(m -> m.messageId() == question.messageId() && m.keyboard().isEmpty());
        assertThat(edited.text()).contains("R-" + number + " is fixed. Is it?").contains("→ Status: Closed");
        // the technician's card has no Start or Done left either
        assertThat(wang.messages()).noneMatch(m -> m.text().contains("R-" + number) && m.buttonData("Done") != null);
    }

    @Test
    void aMySnapshotLosesCancelOnceTheRequestIsCancelledOrStarted() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        long first = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        long second = RepairLifecycleTest.report(li, "Plumbing", "Kitchen", "Tap drips", false);
        li.send("/my");
        SentMessage older = li.expect(m -> m.text().contains("R-" + first) && m.buttonData("Cancel request") != null);
        SentMessage otherOlder = li.expect(m -> m.text().contains("R-" + second)
                && m.buttonData("Cancel request") != null);
        int mark = li.mark();
        li.send("/my");
        li.tap(li.expect(m -> m.messageId() > mark && m.text().contains("R-" + first)
                && m.buttonData("Cancel request") != null), "Cancel request");

        SentMessage snapshot = li.expect(m -> m.messageId() == older.messageId() && m.keyboard().isEmpty());
        assertThat(snapshot.text()).contains("R-" + first + " cancelled");

        wang.tap(wang.expect(m -> m.text().contains("R-" + second) && m.buttonData("Accept") != null), "Accept");
        wang.tap(wang.expect(m -> m.text().contains("R-" + second) && m.buttonData("Start") != null), "Start");
        SentMessage started = li.expect(m -> m.messageId() == otherOlder.messageId() && m.keyboard().isEmpty(),
                Duration.ofSeconds(10));
        assertThat(started.text()).contains("In progress").contains("Wang");
    }
}
