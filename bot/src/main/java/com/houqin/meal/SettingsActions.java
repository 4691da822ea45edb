package com.houqin.meal;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Person;

/**
 * The settings buttons of /meal. Each says what it sets ("on" or "off", which canteen), so
 * pressing it twice, or on an old message, sets the same thing again.
 */
final class SettingsActions {

    private SettingsActions() {
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

    @Component
    static class ShowDiet extends EmployeeAction {
        private final SettingsViews views;

        ShowDiet(SettingsViews views) {
            this.views = views;
        }

        @Override
        public String name() {
            return SettingsViews.DIET;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            in.editButtonMessage(views.diet(in, in.approvedPerson(), null));
        }
    }

    @Component
    static class SetDiet extends EmployeeAction {
        private final MealProfiles profiles;
        private final SettingsViews views;

        SetDiet(MealProfiles profiles, SettingsViews views) {
            this.profiles = profiles;
            this.views = views;
        }

        @Override
        public String name() {
            return SettingsViews.DIET_SET;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Diet diet;
            try {
                diet = Diet.valueOf(button.arg("diet"));
            } catch (RuntimeException broken) {
                in.say("chat.button-unknown");
                return;
            }
            Person person = in.approvedPerson();
            profiles.setDiet(person.id(), diet, "1".equals(button.arg("on")));
            in.answerButton(in.t("meal.diet.saved"));
            in.editButtonMessage(views.diet(in, person, null));
        }
    }

    @Component
    static class Allergies extends EmployeeAction {
        private final FormEngine forms;

        Allergies(FormEngine forms) {
            this.forms = forms;
        }

        @Override
        public String name() {
            return SettingsViews.ALLERGIES;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            in.answerButton(null);
            forms.start(in, AllergiesForm.NAME, Map.of());
        }
    }

    @Component
    static class Reminders extends EmployeeAction {
        private final MealProfiles profiles;
        private final MealViews views;

        Reminders(MealProfiles profiles, MealViews views) {
            this.profiles = profiles;
            this.views = views;
        }

        @Override
        public String name() {
            return SettingsViews.REMINDERS;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            boolean off = "1".equals(button.arg("off"));
            Person person = in.approvedPerson();
            profiles.setRemindersOff(person.id(), off);
            in.answerButton(in.t(off ? "meal.reminders.off" : "meal.reminders.on"));
            in.editButtonMessage(views.days(in, person, null));
        }
    }

    @Component
    static class Canteen extends EmployeeAction {
        private final MealCalendar calendar;
        private final MealProfiles profiles;
        private final MealRegistrations registrations;
        private final MealViews views;

        Canteen(MealCalendar calendar, MealProfiles profiles, MealRegistrations registrations, MealViews views) {
            this.calendar = calendar;
            this.profiles = profiles;
            this.registrations = registrations;
            this.views = views;
        }

        @Override
        public String name() {
            return SettingsViews.CANTEEN;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            String canteen = button.arg("canteen");
            if (!calendar.canteens().contains(canteen)) {
                in.say("chat.button-unknown");
                return;
            }
            Person person = in.approvedPerson();
            profiles.setCanteen(person.id(), canteen);
            // meals still open move with the person; locked ones stay where the cooks counted them
            List<String> open = calendar.windowSlots().stream().filter(calendar::isOpen)
                    .map(s -> s.registrationId(person.id())).toList();
            registrations.moveToCanteen(open, canteen);
            in.answerButton(in.t("meal.canteen.set", canteen));
            in.editButtonMessage(views.days(in, person, null));
        }
    }
}
