package com.houqin.chat.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

/**
 * Two instances (or two updates of one chat) moving the same form at the same moment: the form is
 * saved only at the version it was loaded at, so the second save loses instead of overwriting the
 * first, and the person whose answer lost is asked the form's current question.
 */
class FormRaceTest extends BotIntegrationTest {

    @Autowired
    FormStates states;

    @Test
    void ofTwoSavesFromTheSameLoadedFormTheSecondLosesAndWritesNothing() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.expect("full name");
        FormState stored = mongo.findById(li.id(), FormState.class);
        assertThat(stored.version()).isEqualTo(1L);

        // two instances load the form at once, each handling another answer of the chat
        FormState onA = stored.asFoundBy(nextUpdateId());
        FormState onB = stored.asFoundBy(nextUpdateId());
        FormState savedByA = states.save(onA, onA.step(), new FormData(Map.of("name", "From A"), onA.formId()), List.of());
        assertThat(savedByA.version()).isEqualTo(2L);
        assertThatThrownBy(() -> states.save(onB, onB.step(), new FormData(Map.of("name", "From B"), onB.formId()), List.of()))
                .isInstanceOf(FormStates.Conflict.class);

        FormState now = mongo.findById(li.id(), FormState.class);
        assertThat(now.data()).containsEntry("name", "From A");
        assertThat(now.version()).isEqualTo(2L);
        assertThat(now.lastUpdate()).isEqualTo(onA.lastUpdate());
    }

    @Test
    void aFormStartedAgainReplacesTheOldOneAndKeepsCounting() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.expect("full name");
        li.send("Li Lei");
        li.expect("Which department");
        FormState before = mongo.findById(li.id(), FormState.class);
        li.send("/cancel");
        li.expect("Cancelled");
        li.send("/start");
        li.expect(m -> m.text().contains("full name") && m.messageId() > 104);
        FormState again = mongo.findById(li.id(), FormState.class);
        assertThat(again.formId()).isNotEqualTo(before.formId());
        assertThat(again.data()).doesNotContainKey("name");
        // a save from the old form cannot touch the new one
        assertThatThrownBy(() -> states.save(before, before.step(), new FormData(before.data(), before.formId()), List.of()))
                .isInstanceOf(FormStates.Conflict.class);
        assertThat(mongo.findById(li.id(), FormState.class).formId()).isEqualTo(again.formId());
    }

    @Test
    void theAnswerThatLostIsNotTakenAndThePersonIsAskedTheCurrentQuestion() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        var question = li.expect(m -> m.text().startsWith("Which department") && !m.keyboard().isEmpty());
        // this instance loads the form when the tap arrives, then is slowed down (marking the
        // chosen button goes through a slow network) while another instance moves the same form
        api.slowDown(li.id(), Duration.ofMillis(2500));
        li.tap(question, "Finance");
        sleep(1000);
        FormState loadedElsewhere = mongo.findById(li.id(), FormState.class).asFoundBy(nextUpdateId());
        states.save(loadedElsewhere, loadedElsewhere.step(),
                new FormData(Map.of("name", "Li Lei (corrected)"), loadedElsewhere.formId()), loadedElsewhere.history());

        li.patient(Duration.ofSeconds(20)).expect("taken first");
        li.patient(Duration.ofSeconds(20)).expect(m -> m.text().startsWith("Which department") && m.messageId() > question.messageId());
        assertThat(people.find(li.id())).as("the lost answer was not taken").isEmpty();
        assertThat(mongo.findById(li.id(), FormState.class).data()).containsEntry("name", "Li Lei (corrected)");
    }
}
