package com.houqin.meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** The headcount of a day as a message, with the day before and after, and the cooks' buttons. */
@Component
class HeadcountViews {

    static final String SHOW = "meal.hc";
    static final String LATE = "meal.late";
    static final String SERVED = "meal.served";

    private final MealCalendar calendar;
    private final Headcounts headcounts;
    private final HeadcountText text;
    private final MealTexts texts;
    private final Buttons buttons;

    HeadcountViews(MealCalendar calendar, Headcounts headcounts, HeadcountText text, MealTexts texts, Buttons buttons) {
        this.calendar = calendar;
        this.headcounts = headcounts;
        this.text = text;
        this.texts = texts;
        this.buttons = buttons;
    }

    List<Headcount> counts(LocalDate date) {
        Map<Long, Person> everyone = headcounts.approvedPeople();
        return calendar.slotsOn(date).stream().map(s -> headcounts.count(s, everyone)).toList();
    }

    Outgoing day(Incoming in, Person viewer, LocalDate date) {
        Language l = in.language();
        List<Headcount> counts = counts(date);
        Outgoing.Builder view = Outgoing.builder(text.day(l, date, counts))
                .row(in.button("« " + texts.day(l, date.minusDays(1)), SHOW, "date", date.minusDays(1).toString()),
                        in.button(texts.day(l, date.plusDays(1)) + " »", SHOW, "date", date.plusDays(1).toString()));
        if (viewer.has(Role.COOK)) {
            view.row(cookButtons(l, viewer.id(), date, counts, false));
        }
        return view.build();
    }

    /** Late registration and served count, where they make sense for that day; for one cook. */
    List<Button> cookButtons(Language l, long cookId, LocalDate date, List<Headcount> counts, boolean withHeadcount) {
        List<Button> row = new ArrayList<>();
        Map<String, String> args = Map.of("date", date.toString());
        if (!counts.isEmpty() && !date.isBefore(calendar.today()) && !date.isAfter(calendar.lastDay())) {
            row.add(buttons.create(texts.t(l, "meal.btn.late"), LATE, args, cookId));
        }
        if (counts.stream().anyMatch(Headcount::closed)) {
            row.add(buttons.create(texts.t(l, "meal.btn.served"), SERVED, args, cookId));
        }
        if (withHeadcount) {
            row.add(buttons.create(texts.t(l, "meal.btn.headcount"), SHOW,
                    Map.of("date", date.toString(), "fresh", "1"), cookId));
        }
        return row;
    }
}
