package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/**
 * A cook adds someone to a meal, also after its cut-off (a person who forgot and asked):
 * which meal, who (by part of the name), confirm. The person is told.
 */
@Component
class LateRegistrationForm extends MealDayForm {

    static final String NAME = "meal-late";
    private static final int SHOWN = 8;

    private final Registrar registrar;
    private final People people;

    LateRegistrationForm(MealCalendar calendar, Registrar registrar, People people, MealTexts texts) {
        super(NAME, MealButtons.COOKS, "/headcount", calendar, texts);
        this.registrar = registrar;
        this.people = people;
    }

    /** Every meal of the day, also after its cut-off. */
    @Override
    List<Slot> choices(LocalDate date) {
        return calendar.slotsOn(date);
    }

    @Override
    public List<Step> steps() {
        return List.of(
                whichMeal("meal.late.which"),
                Question.ask("query")
                        .prompt("meal.late.who")
                        .text((in, d, text) -> {
                            Parsed checked = TextLimits.check(text, Person.MAX_NAME_LENGTH);
                            if (checked.isOk() && matches(checked.value()).isEmpty()) {
                                return Parsed.error("meal.late.nobody", checked.value());
                            }
                            return checked;
                        }).build(),
                Question.ask("person")
                        .prompt((in, d) -> in.t(matches(d.get("query")).size() > SHOWN ? "meal.late.choose-more"
                                : "meal.late.choose", SHOWN))
                        .choices((in, d) -> matches(d.get("query")).stream().limit(SHOWN)
                                .map(p -> new Choice(p.displayName() + (p.department() == null ? ""
                                        : " · " + p.department()), String.valueOf(p.id())))
                                .toList())
                        .perRow(1).build(),
                new ConfirmStep((in, d) -> in.t("meal.late.confirm", eater(d).displayName(), mealName(in, d),
                        day(in, d)), Map.of()));
    }

    private List<Person> matches(String query) {
        return people.search(query, SHOWN + 1).stream().filter(Person::isApproved).toList();
    }

    @Override
    public void complete(Incoming in, FormData d) {
        Slot slot = slot(d).orElse(null);
        Person eater = people.find(Long.parseLong(d.get("person"))).filter(Person::isApproved).orElse(null);
        if (slot == null || eater == null) {
            in.say("meal.late.gone");
            return;
        }
        Person cook = in.approvedPerson();
        Outcome outcome = registrar.addByCook(cook, eater, slot);
        switch (outcome) {
            case SAVED -> {
                in.say(calendar.isOpen(slot) ? "meal.late.added" : "meal.late.added-late", eater.displayName(),
                        mealName(in, d), day(in, d));
            }
            case UNCHANGED -> in.say("meal.late.already", eater.displayName(), mealName(in, d), day(in, d));
            default -> in.reply(Outgoing.text(texts.refusal(in.language(), outcome, slot)));
        }
    }

    private Person eater(FormData d) {
        return people.find(Long.parseLong(d.get("person"))).orElseThrow();
    }
}
