package com.houqin.meal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.meal.MealRegistration.Source;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/** The one-tap answers on a meal reminder: register, not eating, and no more reminders. */
final class ReminderActions {

    static final String STOP = "meal.stop-reminders";

    private ReminderActions() {
    }

    @Component
    static class Answer extends EmployeeAction {
        private final MealCalendar calendar;
        private final Registrar registrar;
        private final MealTexts texts;

        Answer(MealCalendar calendar, Registrar registrar, MealTexts texts) {
            this.calendar = calendar;
            this.registrar = registrar;
            this.texts = texts;
        }

        @Override
        public String name() {
            return MealReminderTask.ANSWER;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Optional<Slot> slot = calendar.slot(button.arg("date"), button.arg("meal"));
            if (slot.isEmpty()) {
                in.say("chat.button-unknown");
                return;
            }
            Person person = in.approvedPerson();
            boolean eat = "1".equals(button.arg("eat"));
            Outcome outcome = registrar.setEating(person, slot.get(), eat, Source.REMINDER);
            String meal = texts.meal(in.language(), slot.get().meal());
            String day = texts.onDay(in.language(), slot.get().date());
            String label = texts.day(in.language(), slot.get().date());
            if (outcome == Outcome.SAVED || outcome == Outcome.UNCHANGED) {
                String done = in.t(eat ? "meal.remind.registered" : "meal.remind.not-eating", meal, day,
                        texts.cutoff(in.language(), slot.get()));
                in.answerButton(in.t(eat ? "meal.toast.on" : "meal.toast.off", meal, label));
                in.editButtonMessage(Outgoing.builder(done)
                        .row(in.button(in.t("meal.remind.open"), MealViews.DAY, "date", slot.get().date().toString()),
                                in.button(in.t("meal.remind.stop"), STOP))
                        .build());
                return;
            }
            String refusal = texts.refusal(in.language(), outcome, slot.get());
            in.answerButton(MealTexts.toast(refusal));
            in.editButtonMessage(Outgoing.text(refusal));
        }
    }

    @Component
    static class Stop extends EmployeeAction {
        private final MealProfiles profiles;

        Stop(MealProfiles profiles) {
            this.profiles = profiles;
        }

        @Override
        public String name() {
            return STOP;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            profiles.setRemindersOff(in.approvedPerson().id(), true);
            in.answerButton(in.t("meal.reminders.off"));
            in.editButtonMessage(Outgoing.text(in.t("meal.remind.stopped")));
        }
    }
}
