package com.houqin.meal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.Incoming;
import com.houqin.meal.MealRegistration.Source;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.Person;

/**
 * The eat / not-eating buttons, in /meal and on a reminder: a press registers the presser for the
 * meal the button names ("date", "meal", "eat" 1 or 0) and answers the press; the caller then
 * redraws the message.
 */
@Component
class EatingButtons {

    /** What a press registered. */
    record Press(Person person, Slot slot, boolean eat, Outcome outcome) {
    }

    @FunctionalInterface
    interface Redraw {
        /** @param refusal why it was not registered, or null if it was (or already was) */
        void redraw(Incoming in, Press press, String refusal);
    }

    private final MealCalendar calendar;
    private final Registrar registrar;
    private final MealTexts texts;

    EatingButtons(MealCalendar calendar, Registrar registrar, MealTexts texts) {
        this.calendar = calendar;
        this.registrar = registrar;
        this.texts = texts;
    }

    /** @param sayAlready an unchanged registration is toasted as such ("already registered") */
    ButtonAction button(String name, Source source, boolean sayAlready, Redraw redraw) {
        return ButtonAction.of(name, MealButtons.EMPLOYEES, (in, button) -> {
            Optional<Slot> slot = calendar.slot(button.arg("date"), button.arg("meal"));
            if (slot.isEmpty()) {
                in.say("chat.button-unknown");
                return;
            }
            Person person = in.approvedPerson();
            boolean eat = "1".equals(button.arg("eat"));
            Press press = new Press(person, slot.get(), eat, registrar.setEating(person, slot.get(), eat, source));
            if (press.outcome() == Outcome.SAVED || press.outcome() == Outcome.UNCHANGED) {
                boolean already = sayAlready && press.outcome() == Outcome.UNCHANGED;
                String key = already ? (eat ? "meal.toast.already-on" : "meal.toast.already-off")
                        : (eat ? "meal.toast.on" : "meal.toast.off");
                in.answerButton(in.t(key, texts.meal(in.language(), slot.get().meal()),
                        texts.day(in.language(), slot.get().date())));
                redraw.redraw(in, press, null);
                return;
            }
            String refusal = texts.refusal(in.language(), press.outcome(), slot.get());
            in.answerButton(MealTexts.toast(refusal));
            redraw.redraw(in, press, refusal);
        });
    }
}
