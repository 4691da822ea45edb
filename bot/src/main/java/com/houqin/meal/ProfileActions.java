package com.houqin.meal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Person;

/**
 * A person's other meal settings in /meal ({@link SettingsViews}): dietary notes, reminders, canteen.
 * Each button says what it sets ("on" or "off", which canteen), so pressing it twice sets the same
 * thing again.
 */
@Component
class ProfileActions implements ButtonSet {

    private final MealCalendar calendar;
    private final MealProfiles profiles;
    private final MealRegistrations registrations;
    private final FormEngine forms;
    private final SettingsViews settings;
    private final MealViews views;

    ProfileActions(MealCalendar calendar, MealProfiles profiles, MealRegistrations registrations, FormEngine forms,
                   SettingsViews settings, MealViews views) {
        this.calendar = calendar;
        this.profiles = profiles;
        this.registrations = registrations;
        this.forms = forms;
        this.settings = settings;
        this.views = views;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                ButtonAction.of(SettingsViews.DIET, MealButtons.EMPLOYEES, this::diet),
                ButtonAction.of(SettingsViews.DIET_SET, MealButtons.EMPLOYEES, this::setDiet),
                ButtonAction.of(SettingsViews.ALLERGIES, MealButtons.EMPLOYEES, this::allergies),
                ButtonAction.of(SettingsViews.REMINDERS, MealButtons.EMPLOYEES, this::reminders),
                ButtonAction.of(SettingsViews.CANTEEN, MealButtons.EMPLOYEES, this::canteen));
    }

    private void diet(Incoming in, ButtonRecord button) {
        in.editButtonMessage(settings.diet(in, in.approvedPerson(), null));
    }

    private void setDiet(Incoming in, ButtonRecord button) {
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
        in.editButtonMessage(settings.diet(in, person, null));
    }

    private void allergies(Incoming in, ButtonRecord button) {
        in.answerButton(null);
        forms.start(in, AllergiesForm.NAME, Map.of());
    }

    private void reminders(Incoming in, ButtonRecord button) {
        boolean off = "1".equals(button.arg("off"));
        Person person = in.approvedPerson();
        profiles.setRemindersOff(person.id(), off);
        in.answerButton(in.t(off ? "meal.reminders.off" : "meal.reminders.on"));
        in.editButtonMessage(views.days(in, person, null));
    }

    private void canteen(Incoming in, ButtonRecord button) {
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
