package com.houqin.meal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Person;

/**
 * A person's other meal settings in /meal: dietary notes, reminders, canteen. Each button says
 * what it sets ("on" or "off", which canteen), so pressing it twice sets the same thing again.
 */
final class ProfileActions {

    private ProfileActions() {
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
