package com.houqin.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.houqin.people.PersonStatus;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The form engine as a person meets it, through the join form. */
class FormsTest extends BotIntegrationTest {

    @Test
    void badAnswersAreExplainedAndTheQuestionAskedAgain() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.expect("full name");
        li.send("x".repeat(5000));
        li.expect("That is 5,000 characters; please keep it within 60");
        li.sendSticker();
        li.expect("Please type your answer as text");
        li.send("L");
        li.expect("at least 2 characters");
        li.send("Li Lei");
        li.expect("Which department");
        li.send("the one with the coffee machine");
        li.expect("Please tap one of the buttons");
        li.send("finance");
        li.expect("sent to the admins");
        assertThat(people.find(li.id()).orElseThrow().department()).isEqualTo("Finance");
    }

    @Test
    void backGoesToThePreviousQuestionAndCancelLeavesTheForm() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lie");
        li.tap("« Back");
        li.expect(m -> m.text().equals("What is your full name?") && m.messageId() > 102);
        li.send("Li Lei");
        li.tap(li.expect(m -> m.text().startsWith("Which department") && !m.keyboard().isEmpty()), "✖ Cancel");
        li.expect("Cancelled. Nothing was saved.");
        assertThat(people.find(li.id())).isEmpty();
        li.send("/cancel");
        li.expect("There is nothing to cancel");
    }

    @Test
    void slashCancelLeavesAFormFromAnyStep() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.expect("Which department");
        li.send("/cancel");
        li.expect("Cancelled. Nothing was saved.");
        li.send("Finance");
        li.expect("/start to register first");
        assertThat(people.find(li.id())).isEmpty();
    }

    @Test
    void aButtonFromAnEarlierQuestionIsRefusedAndTheCurrentQuestionRepeated() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        SentMessage departments = li.expect("Which department");
        li.tap(departments, "Finance");
        li.expect("sent to the admins");
        li.tap(departments, "IT");
        li.expect("That form is already closed");
        assertThat(people.find(li.id()).orElseThrow().department()).isEqualTo("Finance");
    }

    @Test
    void anAbandonedFormExpires() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.expect("full name");
        clock.advance(Duration.ofMinutes(31));
        li.send("Li Lei");
        li.expect("closed after a long pause");
        assertThat(people.find(li.id())).isEmpty();
    }

    @Test
    void theChosenAnswerIsShownAndTheButtonsTakenOff() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        SentMessage departments = li.expect("Which department");
        li.tap(departments, "Operations");
        li.expect(m -> m.messageId() == departments.messageId() && m.text().endsWith("→ Operations")
                && m.keyboard().isEmpty());
        li.expect("sent to the admins");
        assertThat(people.find(li.id()).orElseThrow().status()).isEqualTo(PersonStatus.PENDING);
    }
}
