package com.houqin.meal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** A person's meal settings in /meal: the standing registration and dietary notes, as toggles. */
@Component
class SettingsViews {

    static final String STANDING = "meal.standing";
    static final String PLAN_MEAL = "meal.plan-meal";
    static final String PLAN_DAY = "meal.plan-day";
    static final String DIET = "meal.diet";
    static final String DIET_SET = "meal.diet-set";
    static final String ALLERGIES = "meal.allergies";
    static final String REMINDERS = "meal.reminders";
    static final String CANTEEN = "meal.canteen";

    private final MealCalendar calendar;
    private final MealProfiles profiles;
    private final MealTexts texts;
    private final MealViews views;

    SettingsViews(MealCalendar calendar, MealProfiles profiles, MealTexts texts, MealViews views) {
        this.calendar = calendar;
        this.profiles = profiles;
        this.texts = texts;
        this.views = views;
    }

    /** The weekdays the canteen serves any meal: those a standing registration can name. */
    Set<DayOfWeek> servedWeekdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        calendar.meals().forEach(m -> days.addAll(m.days()));
        return days;
    }

    Outgoing standing(Incoming in, Person person) {
        Language l = in.language();
        views.closed(in);
        MealProfile profile = profiles.get(person.id());
        StringBuilder text = new StringBuilder(texts.t(l, "meal.standing.title")).append('\n')
                .append(texts.t(l, "meal.standing.help")).append("\n\n");
        if (profile.hasPlan()) {
            text.append(texts.t(l, "meal.standing.now", views.planMeals(l, profile), views.planDays(l, profile)));
        } else if (!profile.standingMeals().isEmpty()) {
            text.append(texts.t(l, "meal.standing.no-days"));
        } else {
            text.append(texts.t(l, "meal.standing.none"));
        }
        List<Button> meals = new ArrayList<>();
        for (Meal meal : calendar.meals()) {
            boolean on = profile.standingMeals().contains(meal.id());
            meals.add(in.button((on ? "✅ " : "☐ ") + texts.meal(l, meal), PLAN_MEAL, "meal", meal.id(),
                    "on", on ? "0" : "1"));
        }
        List<Button> days = new ArrayList<>();
        for (DayOfWeek day : servedWeekdays()) {
            boolean on = profile.standingDays().contains(day);
            days.add(in.button((on ? "✅ " : "☐ ") + day.getDisplayName(TextStyle.SHORT, l.locale()), PLAN_DAY,
                    "day", day.name(), "on", on ? "0" : "1"));
        }
        return Outgoing.builder(text.toString()).grid(meals, 3).grid(days, 4)
                .row(in.button(texts.t(l, "meal.btn.back"), MealViews.DAYS)).build();
    }

    Outgoing diet(Incoming in, Person person, String notice) {
        Language l = in.language();
        views.closed(in);
        MealProfile profile = profiles.get(person.id());
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(texts.t(l, "meal.diet.title")).append('\n').append(texts.t(l, "meal.diet.help")).append("\n\n");
        if (profile.hasDietaryNotes()) {
            text.append(texts.t(l, "meal.diet.now", dietary(l, profile)));
        } else {
            text.append(texts.t(l, "meal.diet.none"));
        }
        List<Button> toggles = new ArrayList<>();
        for (Diet diet : Diet.values()) {
            boolean on = profile.diet().contains(diet);
            toggles.add(in.button((on ? "✅ " : "☐ ") + texts.t(l, diet.textKey()), DIET_SET, "diet", diet.name(),
                    "on", on ? "0" : "1"));
        }
        return Outgoing.builder(text.toString()).grid(toggles, 3)
                .row(in.button(texts.t(l, "meal.btn.allergies"), ALLERGIES))
                .row(in.button(texts.t(l, "meal.btn.back"), MealViews.DAYS)).build();
    }

    String dietary(Language l, MealProfile profile) {
        List<String> parts = profile.diet().stream().sorted().map(d -> texts.t(l, d.textKey()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (profile.allergies() != null && !profile.allergies().isBlank()) {
            parts.add(texts.t(l, "meal.diet.allergies-line", profile.allergies()));
        }
        return String.join(" · ", parts);
    }
}
