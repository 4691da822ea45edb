package com.houqin.meal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.meal.MealRegistration.Source;
import com.houqin.telegram.Outgoing;

/** The one-tap answers on a meal reminder ({@link MealReminderTask}): register, not eating, and no more reminders. */
@Component
class ReminderActions implements ButtonSet {

    static final String STOP = "meal.stop-reminders";

    private final EatingButtons eating;
    private final MealProfiles profiles;
    private final MealTexts texts;

    ReminderActions(EatingButtons eating, MealProfiles profiles, MealTexts texts) {
        this.eating = eating;
        this.profiles = profiles;
        this.texts = texts;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                eating.button(MealReminderTask.ANSWER, Source.REMINDER, false, this::answer),
                ButtonAction.of(STOP, MealButtons.EMPLOYEES, this::stop));
    }

    private void answer(Incoming in, EatingButtons.Press press, String refusal) {
        if (refusal != null) {
            in.editButtonMessage(Outgoing.text(refusal));
            return;
        }
        Slot slot = press.slot();
        String done = in.t(press.eat() ? "meal.remind.registered" : "meal.remind.not-eating",
                texts.meal(in.language(), slot.meal()), texts.onDay(in.language(), slot.date()),
                texts.cutoff(in.language(), slot));
        in.editButtonMessage(Outgoing.builder(done)
                .row(in.button(in.t("meal.remind.open"), MealViews.DAY, "date", slot.date().toString()),
                        in.button(in.t("meal.remind.stop"), STOP))
                .build());
    }

    private void stop(Incoming in, ButtonRecord button) {
        profiles.setRemindersOff(in.approvedPerson().id(), true);
        in.answerButton(in.t("meal.reminders.off"));
        in.editButtonMessage(Outgoing.text(in.t("meal.remind.stopped")));
    }
}
