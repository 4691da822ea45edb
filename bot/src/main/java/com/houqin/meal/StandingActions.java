package com.houqin.meal;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.people.Person;

/**
 * The buttons of the standing registration in /meal. Each says what it sets ("on" or "off"), so
 * pressing it twice, or on an old message, sets the same thing again.
 */
final class StandingActions {

    private StandingActions() {
    }

    @Component
    static class ShowStanding extends EmployeeAction {
        private final SettingsViews views;

        ShowStanding(SettingsViews views) {
            this.views = views;
        }

        @Override
        public String name() {
            return SettingsViews.STANDING;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            in.editButtonMessage(views.standing(in, in.approvedPerson()));
        }
    }

    /** Ticks a meal or a weekday of the standing registration. */
    abstract static class PlanToggle extends EmployeeAction {
        private final MealProfiles profiles;
        private final StandingRegistrations standing;
        final SettingsViews views;

        PlanToggle(MealProfiles profiles, StandingRegistrations standing, SettingsViews views) {
            this.profiles = profiles;
            this.standing = standing;
            this.views = views;
        }

        /** @param firstMeal a meal is being added: with no weekdays chosen yet, take every served weekday */
        void change(Incoming in, Person person, boolean firstMeal, BiConsumer<Set<String>, Set<DayOfWeek>> edit) {
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

    @Component
    static class PlanMeal extends PlanToggle {
        private final MealCalendar calendar;

        PlanMeal(MealProfiles profiles, StandingRegistrations standing, SettingsViews views, MealCalendar calendar) {
            super(profiles, standing, views);
            this.calendar = calendar;
        }

        @Override
        public String name() {
            return SettingsViews.PLAN_MEAL;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
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
    }

    @Component
    static class PlanDay extends PlanToggle {
        PlanDay(MealProfiles profiles, StandingRegistrations standing, SettingsViews views) {
            super(profiles, standing, views);
        }

        @Override
        public String name() {
            return SettingsViews.PLAN_DAY;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
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
    }
}
