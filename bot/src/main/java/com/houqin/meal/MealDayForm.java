package com.houqin.meal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.Question;

/**
 * A form about one meal on a day (guests, a late registration, the served count), started from a
 * button for the day: it starts with the "date", asks which meal of its {@link #choices}, then its
 * own questions.
 */
abstract class MealDayForm implements FormDefinition {

    private final String name;
    private final Access access;
    private final String restartCommand;
    final MealCalendar calendar;
    final MealTexts texts;

    MealDayForm(String name, Access access, String restartCommand, MealCalendar calendar, MealTexts texts) {
        this.name = name;
        this.access = access;
        this.restartCommand = restartCommand;
        this.calendar = calendar;
        this.texts = texts;
    }

    /** What the form starts with: the day, and the meal when only one is offered (then it is not asked). */
    static Map<String, Object> startingWith(LocalDate date, List<Slot> offered) {
        Map<String, Object> prefill = new HashMap<>();
        prefill.put("date", date.toString());
        if (offered.size() == 1) {
            prefill.put("meal", offered.get(0).meal().id());
        }
        return prefill;
    }

    /** The meals of the day the form is offered for. */
    abstract List<Slot> choices(LocalDate date);

    @Override
    public String name() {
        return name;
    }

    @Override
    public Access access() {
        return access;
    }

    @Override
    public String restartCommand() {
        return restartCommand;
    }

    /** @param promptKey asks which meal; {0} is the day */
    Question whichMeal(String promptKey) {
        return Question.ask("meal")
                .prompt((in, d) -> in.t(promptKey, day(in, d)))
                .choices((in, d) -> choices(date(d)).stream()
                        .map(s -> new Choice(texts.meal(in.language(), s.meal()), s.meal().id())).toList())
                .perRow(3).build();
    }

    static LocalDate date(FormData d) {
        return LocalDate.parse(d.get("date"));
    }

    /** "on Friday", for the day the form is about. */
    String day(Incoming in, FormData d) {
        return texts.onDay(in.language(), date(d));
    }

    /** The meal the answers name, if it still is one. */
    Optional<Slot> slot(FormData d) {
        return calendar.slot(d.get("date"), d.get("meal"));
    }

    String mealName(Incoming in, FormData d) {
        return calendar.meal(d.get("meal")).map(m -> texts.meal(in.language(), m)).orElse(d.get("meal", ""));
    }
}
