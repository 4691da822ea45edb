package com.houqin.meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.UnhandledMessages;
import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * What an employee sees in /meal: the days that can be registered for, one day's meals as
 * toggle buttons, and what they are registered for. Each view is drawn from the store, so a
 * button pressed twice or an old message shows the truth.
 */
@Component
class MealViews {

    static final String DAYS = "meal.days";
    static final String DAY = "meal.day";
    static final String SET = "meal.set";
    static final String GUESTS = "meal.guests";
    static final String DONE = "meal.done";

    private final MealCalendar calendar;
    private final MyMeals myMeals;
    private final MealProfiles profiles;
    private final MealTexts texts;
    private final UnhandledMessages unhandled;

    MealViews(MealCalendar calendar, MyMeals myMeals, MealProfiles profiles, MealTexts texts,
              UnhandledMessages unhandled) {
        this.calendar = calendar;
        this.myMeals = myMeals;
        this.profiles = profiles;
        this.texts = texts;
        this.unhandled = unhandled;
    }

    /** The days or day view gave way to something else (a setting, Done): typing no longer means it. */
    void closed(Incoming in) {
        unhandled.viewGone(in.chatId());
    }

    /** The start of /meal: what I am registered for, the open days, my settings. */
    Outgoing days(Incoming in, Person person, String notice) {
        Language l = in.language();
        List<MyMeal> upcoming = myMeals.upcoming(person.id());
        MealProfile profile = profiles.get(person.id());
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(texts.t(l, "meal.menu.title")).append('\n').append(registered(l, upcoming));
        if (profile.hasPlan()) {
            text.append('\n').append(texts.t(l, "meal.menu.standing", planMeals(l, profile), planDays(l, profile)));
        }
        if (!profile.wantsReminders()) {
            text.append('\n').append(texts.t(l, "meal.menu.reminders-off"));
        }
        List<LocalDate> open = calendar.openDays();
        text.append("\n\n").append(texts.t(l, open.isEmpty() ? "meal.menu.no-days" : "meal.menu.choose"));
        List<Button> days = new ArrayList<>();
        for (LocalDate date : open) {
            boolean any = upcoming.stream().anyMatch(m -> m.slot().date().equals(date) && m.counts());
            days.add(in.button((any ? "✅ " : "") + texts.day(l, date), DAY, "date", date.toString()));
        }
        List<Button> settings = new ArrayList<>();
        settings.add(in.button(texts.t(l, "meal.btn.standing"), SettingsViews.STANDING));
        settings.add(in.button(texts.t(l, "meal.btn.diet"), SettingsViews.DIET));
        List<Button> more = new ArrayList<>();
        more.add(in.button(texts.t(l, profile.wantsReminders() ? "meal.btn.reminders-on" : "meal.btn.reminders-off"),
                SettingsViews.REMINDERS, "off", profile.wantsReminders() ? "1" : "0"));
        if (calendar.hasSeveralCanteens()) {
            String current = profile.canteen() != null && calendar.canteens().contains(profile.canteen())
                    ? profile.canteen() : calendar.canteens().get(0);
            String next = calendar.canteens().get((calendar.canteens().indexOf(current) + 1) % calendar.canteens().size());
            more.add(in.button(texts.t(l, "meal.btn.canteen", current), SettingsViews.CANTEEN, "canteen", next));
        }
        unhandled.viewShown(in, "meal.days.typed");
        return Outgoing.builder(text.toString()).grid(days, 2).row(settings).row(more).build();
    }

    /** One day: a toggle button per meal, the guests, and how to go on. */
    Outgoing day(Incoming in, Person person, LocalDate date, String notice) {
        Language l = in.language();
        List<MyMeal> meals = myMeals.on(person.id(), date);
        StringBuilder text = new StringBuilder();
        if (notice != null) {
            text.append(notice).append("\n\n");
        }
        text.append(texts.t(l, "meal.day.title", texts.date(l, date)));
        List<Button> toggles = new ArrayList<>();
        boolean anyOpen = false;
        for (MyMeal m : meals) {
            String name = texts.meal(l, m.slot().meal());
            String cutoff = texts.cutoff(l, m.slot());
            String state = m.open()
                    ? (m.eating() ? (m.standing() ? "meal.day.eating-standing" : "meal.day.eating") : "meal.day.not")
                    : (m.eating() ? "meal.day.eating-locked" : "meal.day.not-locked");
            text.append('\n').append(texts.t(l, state, name, cutoff));
            if (m.guests() > 0) {
                text.append('\n').append(m.guestNote() == null ? texts.t(l, "meal.day.guests", name, m.guests())
                        : texts.t(l, "meal.day.guests-note", name, m.guests(), m.guestNote()));
            }
            String label = !m.open() ? "🔒 " + name : (m.eating() ? "✅ " : "☐ ") + name;
            toggles.add(in.button(label, SET, "date", date.toString(), "meal", m.slot().meal().id(),
                    "eat", m.eating() ? "0" : "1"));
            anyOpen |= m.open();
        }
        text.append("\n\n").append(anyOpen ? texts.t(l, "meal.day.hint")
                : texts.t(l, "meal.day.all-locked", texts.whomToAsk(l)));
        Outgoing.Builder view = Outgoing.builder(text.toString()).grid(toggles, 3);
        if (anyOpen) {
            view.row(in.button(texts.t(l, "meal.btn.guests"), GUESTS, "date", date.toString()));
        }
        unhandled.viewShown(in, "meal.day.typed");
        return view.row(in.button(texts.t(l, "meal.btn.days"), DAYS), in.button(texts.t(l, "meal.btn.done"), DONE))
                .build();
    }

    /** "• Fri 11-27: Lunch, Dinner (+2 guests)" for every day with something registered. */
    String registered(Language l, List<MyMeal> meals) {
        List<String> lines = new ArrayList<>();
        LocalDate current = null;
        List<String> items = new ArrayList<>();
        for (MyMeal m : meals) {
            if (!m.counts()) {
                continue;
            }
            if (!m.slot().date().equals(current)) {
                if (current != null) {
                    lines.add(texts.t(l, "meal.menu.line", texts.day(l, current), String.join(", ", items)));
                }
                current = m.slot().date();
                items = new ArrayList<>();
            }
            items.add(item(l, m));
        }
        if (current != null) {
            lines.add(texts.t(l, "meal.menu.line", texts.day(l, current), String.join(", ", items)));
        }
        return lines.isEmpty() ? texts.t(l, "meal.menu.none") : String.join("\n", lines);
    }

    private String item(Language l, MyMeal m) {
        String name = texts.meal(l, m.slot().meal());
        if (m.guests() == 0) {
            return name;
        }
        return texts.t(l, m.eating() ? "meal.with-guests" : "meal.guests-only", name, m.guests());
    }

    String planMeals(Language l, MealProfile profile) {
        return texts.meals(l, calendar.meals().stream().filter(m -> profile.standingMeals().contains(m.id())).toList());
    }

    String planDays(Language l, MealProfile profile) {
        return profile.standingDays().stream().sorted()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, l.locale()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
