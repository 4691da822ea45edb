package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.Person;

/** Guests for a meal (a reception, visitors): which meal, how many, a note for the cooks, confirm. */
@Component
class GuestsForm extends MealDayForm {

    static final String NAME = "meal-guests";
    private static final String NO_NOTE = "-";
    private static final int NOTE_LENGTH = 100;

    private final Registrar registrar;
    private final MealViews views;

    GuestsForm(MealCalendar calendar, Registrar registrar, MealViews views, MealTexts texts) {
        super(NAME, MealButtons.EMPLOYEES, "/meal", calendar, texts);
        this.registrar = registrar;
        this.views = views;
    }

    /** The meals of the day still open. */
    @Override
    List<Slot> choices(LocalDate date) {
        return calendar.slotsOn(date).stream().filter(calendar::isOpen).toList();
    }

    @Override
    public List<Step> steps() {
        return List.of(
                whichMeal("meal.guests.which"),
                Question.ask("count")
                        .prompt((in, d) -> in.t("meal.guests.how-many", mealName(in, d), day(in, d),
                                calendar.maxGuests()))
                        .choices((in, d) -> Stream.of("0", "1", "2", "3", "4", "5", "6", "8", "10")
                                .map(n -> new Choice(n, n)).toList())
                        .perRow(5)
                        .text((in, d, text) -> NumberInput.count(text, calendar.maxGuests(), "meal.guests.too-many"))
                        .build(),
                Question.ask("note")
                        .prompt("meal.guests.note")
                        .choices((in, d) -> List.of(new Choice(in.t("meal.guests.no-note"), NO_NOTE)))
                        .freeText(NOTE_LENGTH)
                        .when(d -> d.getInt("count", 0) > 0)
                        .build(),
                new ConfirmStep(this::summary, Map.of("count", "meal.guests.edit-count", "note", "meal.guests.edit-note")));
    }

    private String summary(Incoming in, FormData d) {
        int count = d.getInt("count", 0);
        if (count == 0) {
            return in.t("meal.guests.confirm-none", mealName(in, d), day(in, d));
        }
        String note = note(d);
        return note == null ? in.t("meal.guests.confirm", mealName(in, d), day(in, d), count)
                : in.t("meal.guests.confirm-note", mealName(in, d), day(in, d), count, note);
    }

    @Override
    public void complete(Incoming in, FormData d) {
        Person person = in.approvedPerson();
        Slot slot = slot(d).orElse(null);
        if (slot == null) {
            in.say("chat.button-unknown");
            return;
        }
        int count = d.getInt("count", 0);
        Outcome outcome = registrar.setGuests(person, slot, count, note(d));
        if (outcome == Outcome.SAVED || outcome == Outcome.UNCHANGED) {
            String saved = count == 0 ? in.t("meal.guests.removed", mealName(in, d), day(in, d))
                    : in.t("meal.guests.saved", mealName(in, d), day(in, d), count);
            in.reply(views.day(in, person, slot.date(), saved));
        } else if (outcome == Outcome.OUT_OF_WINDOW) {
            in.reply(views.days(in, person, texts.refusal(in.language(), outcome, slot)));
        } else {
            in.reply(views.day(in, person, slot.date(), texts.refusal(in.language(), outcome, slot)));
        }
    }

    private static String note(FormData d) {
        String note = d.get("note");
        return note == null || NO_NOTE.equals(note) ? null : note;
    }
}
