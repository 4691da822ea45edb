package com.houqin.meal;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.people.Person;

/**
 * The buttons of the standing registration in /meal ({@link SettingsViews#standing}). Each says what
 * it sets ("on" or "off"), so pressing it twice, or on an old message, sets the same thing again.
 */
@Component
class StandingActions implements ButtonSet {

    private final MealCalendar calendar;
    private final MealProfiles profiles;
    private final StandingRegistrations standing;
    private final SettingsViews views;

    StandingActions(MealCalendar calendar, MealProfiles profiles, StandingRegistrations standing,
                    SettingsViews views) {
        this.calendar = calendar;
        this.profiles = profiles;
        this.standing = standing;
        this.views = views;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                ButtonAction.of(SettingsViews.STANDING, MealButtons.EMPLOYEES, this::show),
                ButtonAction.of(SettingsViews.PLAN_MEAL, MealButtons.EMPLOYEES, this::planMeal),
                ButtonAction.of(SettingsViews.PLAN_DAY, MealButtons.EMPLOYEES, this::planDay));
    }

    private void show(Incoming in, ButtonRecord button) {
        in.editButtonMessage(views.standing(in, in.approvedPerson()));
    }

    private void planMeal(Incoming in, ButtonRecord button) {
        String meal = button.arg("meal");
        if (calendar.meal(meal).isEmpty()) {
            in.say("chat.button-unknown");
            return;
        }
        boolean on = "1".equals(button.arg("on"));
        change(in, in.approvedPerson(), on, (meals, days) -> {
            if (on) {
                meals.add(meal);
            } else {
                meals.remove(meal);
            }
        });
    }

    private void planDay(Incoming in, ButtonRecord button) {
        DayOfWeek day;
        try {
            day = DayOfWeek.valueOf(button.arg("day"));
        } catch (RuntimeException broken) {
            in.say("chat.button-unknown");
            return;
        }
        boolean on = "1".equals(button.arg("on"));
        change(in, in.approvedPerson(), false, (meals, days) -> {
            if (on) {
                days.add(day);
            } else {
                days.remove(day);
            }
        });
    }

    /**
     * Ticks a meal or a weekday of the standing registration.
     * @param firstMeal a meal is being added: with no weekdays chosen yet, take every served weekday
     */
    private void change(Incoming in, Person person, boolean firstMeal, BiConsumer<Set<String>, Set<DayOfWeek>> edit) {
        MealProfiles.Change change = profiles.changePlan(person.id(), before -> {
            Set<String> meals = new HashSet<>(before.standingMeals());
            Set<DayOfWeek> days = new HashSet<>(before.standingDays());
            edit.accept(meals, days);
            if (firstMeal && days.isEmpty() && before.standingMeals().isEmpty()) {
                days.addAll(views.servedWeekdays());
            }
            return before.withPlan(meals, days, null);
        });
        standing.keepForPassedCutoffs(change.before());
        in.answerButton(in.t("meal.standing.saved"));
        in.editButtonMessage(views.standing(in, person));
    }
}
