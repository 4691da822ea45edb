package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.meal.MealRegistration.Source;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/** The buttons of /meal that register ({@link MealViews}): choose a day, tick or untick a meal, guests, done. */
@Component
class MealActions implements ButtonSet {

    private final EatingButtons eating;
    private final FormEngine forms;
    private final GuestsForm guestsForm;
    private final MyMeals myMeals;
    private final MealViews views;
    private final MealTexts texts;

    MealActions(EatingButtons eating, FormEngine forms, GuestsForm guestsForm, MyMeals myMeals, MealViews views,
                MealTexts texts) {
        this.eating = eating;
        this.forms = forms;
        this.guestsForm = guestsForm;
        this.myMeals = myMeals;
        this.views = views;
        this.texts = texts;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                ButtonAction.of(MealViews.DAYS, MealButtons.EMPLOYEES, this::days),
                MealButtons.onDay(MealViews.DAY, MealButtons.EMPLOYEES, this::day),
                eating.button(MealViews.SET, Source.SELF, true, this::set),
                MealButtons.onDay(MealViews.GUESTS, MealButtons.EMPLOYEES, this::guests),
                ButtonAction.of(MealViews.DONE, MealButtons.EMPLOYEES, this::done));
    }

    private void days(Incoming in, ButtonRecord button) {
        in.editButtonMessage(views.days(in, in.approvedPerson(), null));
    }

    private void day(Incoming in, LocalDate date, ButtonRecord button) {
        String refusal = texts.dayRefusal(in.language(), date);
        if (refusal != null) {
            in.answerButton(MealTexts.toast(refusal));
            in.editButtonMessage(views.days(in, in.approvedPerson(), refusal));
            return;
        }
        in.editButtonMessage(views.day(in, in.approvedPerson(), date, null));
    }

    private void set(Incoming in, EatingButtons.Press press, String refusal) {
        in.editButtonMessage(press.outcome() == Outcome.OUT_OF_WINDOW ? views.days(in, press.person(), refusal)
                : views.day(in, press.person(), press.slot().date(), refusal));
    }

    private void guests(Incoming in, LocalDate date, ButtonRecord button) {
        List<Slot> open = guestsForm.choices(date);
        String refusal = texts.dayRefusal(in.language(), date);
        if (refusal != null || open.isEmpty()) {
            String why = refusal != null ? refusal : in.t("meal.day.all-locked", texts.whomToAsk(in.language()));
            in.answerButton(MealTexts.toast(why));
            in.editButtonMessage(views.day(in, in.approvedPerson(), date, why));
            return;
        }
        in.answerButton(null);
        forms.start(in, guestsForm.name(), MealDayForm.startingWith(date, open));
    }

    private void done(Incoming in, ButtonRecord button) {
        Person person = in.approvedPerson();
        String registered = views.registered(in.language(), myMeals.upcoming(person.id()));
        views.closed(in);
        in.editButtonMessage(Outgoing.text(in.t("meal.done", registered)));
    }
}
