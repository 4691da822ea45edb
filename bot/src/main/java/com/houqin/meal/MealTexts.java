package com.houqin.meal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;

/** How meals, days and cut-offs read, in a person's language. */
@Component
class MealTexts {

    private final Texts texts;
    private final Formats formats;
    private final MealCalendar calendar;
    private final People people;

    MealTexts(Texts texts, Formats formats, MealCalendar calendar, People people) {
        this.texts = texts;
        this.formats = formats;
        this.calendar = calendar;
        this.people = people;
    }

    /** A notice on a pressed button: Telegram takes at most 200 characters there. */
    static String toast(String text) {
        return text == null || text.length() <= 190 ? text : text.substring(0, 189) + "…";
    }

    String t(Language language, String key, Object... args) {
        return texts.get(language, key, args);
    }

    /** "Lunch": the configured name, else the bundle's, else the id. */
    String meal(Language language, Meal meal) {
        if (meal.name() != null && !meal.name().isBlank()) {
            return meal.name();
        }
        String key = "meal.name." + meal.id();
        return texts.has(language, key) ? texts.get(language, key) : meal.id();
    }

    String meals(Language language, List<Meal> meals) {
        return meals.stream().map(m -> meal(language, m)).collect(Collectors.joining(", "));
    }

    /** A label: "Fri 11-27", with "Today" or "Tomorrow" in front when it is. */
    String day(Language language, LocalDate date) {
        return relative(language, date, "meal.today", "meal.tomorrow", "meal.date");
    }

    /** Inside a sentence: "today (Fri 11-27)", "tomorrow (Sat 11-28)", "on Mon 11-30". */
    String onDay(Language language, LocalDate date) {
        return relative(language, date, "meal.on-today", "meal.on-tomorrow", "meal.on-date");
    }

    private String relative(Language language, LocalDate date, String today, String tomorrow, String other) {
        String pattern = texts.get(language, date.getYear() == calendar.today().getYear()
                ? "meal.pattern.month-day" : "meal.pattern.full-date");
        String day = texts.get(language, "meal.date", weekday(language, date),
                DateTimeFormatter.ofPattern(pattern, language.locale()).format(date));
        String key = date.equals(calendar.today()) ? today : date.equals(calendar.today().plusDays(1)) ? tomorrow : other;
        return key.equals("meal.date") ? day : texts.get(language, key, day);
    }

    String weekday(Language language, LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, language.locale());
    }

    /** "2026-11-27 Fri". */
    String date(Language language, LocalDate date) {
        return formats.dateWithDay(date, language);
    }

    /** "09:30" on the meal's day, "Thu 18:00" on an earlier one. */
    String cutoff(Language language, Slot slot) {
        String time = formats.time(calendar.cutoff(slot));
        if (slot.meal().daysBefore() == 0) {
            return time;
        }
        return weekday(language, slot.date().minusDays(slot.meal().daysBefore())) + " " + time;
    }

    /** Who can still add a late registration: the cooks by name. */
    String whomToAsk(Language language) {
        List<String> cooks = people.withRole(Role.COOK).stream().map(Person::displayName).sorted().toList();
        return cooks.isEmpty() ? texts.get(language, "meal.ask-canteen")
                : texts.get(language, "meal.ask-cooks", String.join(", ", cooks));
    }

    /** Why a day cannot be registered for, or null when it can (even if all its meals are locked). */
    String dayRefusal(Language language, LocalDate date) {
        if (date.isBefore(calendar.today())) {
            return texts.get(language, "meal.day-past", day(language, date));
        }
        if (date.isAfter(calendar.lastDay())) {
            return texts.get(language, "meal.day-too-far", day(language, calendar.lastDay()));
        }
        if (calendar.isHoliday(date)) {
            return texts.get(language, "meal.day-holiday", onDay(language, date));
        }
        if (!calendar.servesAny(date)) {
            return texts.get(language, "meal.day-closed", onDay(language, date));
        }
        return null;
    }

    /** Why a slot cannot be changed, as one message. */
    String refusal(Language language, Registrar.Outcome outcome, Slot slot) {
        String meal = meal(language, slot.meal());
        String day = onDay(language, slot.date());
        return switch (outcome) {
            case LOCKED -> texts.get(language, "meal.locked", meal, day, cutoff(language, slot), whomToAsk(language));
            case NOT_SERVED -> calendar.isHoliday(slot.date()) ? texts.get(language, "meal.day-holiday", day)
                    : texts.get(language, "meal.not-served", meal, day);
            case OUT_OF_WINDOW -> dayRefusal(language, slot.date());
            default -> "";
        };
    }
}
