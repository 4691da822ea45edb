package com.houqin.meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;

/** A headcount as the cooks read it. */
@Component
class HeadcountText {

    private final MealTexts texts;
    private final Formats formats;
    private final MealCalendar calendar;

    HeadcountText(MealTexts texts, Formats formats, MealCalendar calendar) {
        this.texts = texts;
        this.formats = formats;
        this.calendar = calendar;
    }

    /** The whole day: every meal's count. */
    String day(Language l, LocalDate date, List<Headcount> counts) {
        StringBuilder text = new StringBuilder(texts.t(l, "meal.hc.title", texts.date(l, date)));
        if (counts.isEmpty()) {
            return text.append('\n').append(texts.t(l, "meal.hc.closed-day", texts.onDay(l, date))).toString();
        }
        List<String> nobody = new ArrayList<>();
        for (Headcount count : date.equals(calendar.today()) ? nowFirst(counts) : counts) {
            if (isEmpty(count)) {
                nobody.add(texts.meal(l, count.slot().meal()));
            } else {
                text.append("\n\n").append(meal(l, count));
            }
        }
        if (!nobody.isEmpty()) {
            text.append("\n\n").append(texts.t(l, "meal.hc.no-registrations", String.join(", ", nobody)));
        }
        return text.toString();
    }

    /**
     * Today, the meal being cooked comes first: the last one locked today, else the next to lock;
     * the meals already over go to the end.
     */
    private List<Headcount> nowFirst(List<Headcount> counts) {
        int first = 0;
        for (int i = 0; i < counts.size(); i++) {
            Slot slot = counts.get(i).slot();
            if (!calendar.isOpen(slot) && slot.meal().daysBefore() == 0) {
                first = i;
            }
        }
        if (first == 0) {
            first = IntStream.range(0, counts.size()).filter(i -> calendar.isOpen(counts.get(i).slot()))
                    .findFirst().orElse(0);
        }
        List<Headcount> ordered = new ArrayList<>(counts.subList(first, counts.size()));
        ordered.addAll(counts.subList(0, first));
        return ordered;
    }

    private static boolean isEmpty(Headcount c) {
        return c.total() == 0 && c.guestNotes().isEmpty() && (c.tally() == null || !c.tally().hasServed());
    }

    /** What the cooks get at the cut-off: the title names the meal, so its heading line is left out. */
    String finalCount(Language l, Headcount count) {
        String body = meal(l, count);
        return texts.t(l, "meal.final.title", texts.meal(l, count.slot().meal()), texts.date(l, count.slot().date()))
                + body.substring(body.indexOf('\n'));
    }

    String meal(Language l, Headcount c) {
        List<String> lines = new ArrayList<>();
        String cutoff = texts.cutoff(l, c.slot());
        lines.add(texts.t(l, c.closed() ? "meal.hc.meal-final" : "meal.hc.meal-open",
                texts.meal(l, c.slot().meal()), cutoff));
        if (c.total() == 0) {
            lines.add(texts.t(l, "meal.hc.nobody"));
        } else {
            lines.add(c.guests() == 0 ? texts.t(l, "meal.hc.total-staff", c.total())
                    : texts.t(l, "meal.hc.total", c.total(), c.people(), c.guests()));
            if (calendar.hasSeveralCanteens()) {
                lines.add(texts.t(l, "meal.hc.canteens", groups(l, c.canteens())));
            }
            lines.add(texts.t(l, "meal.hc.departments", groups(l, c.departments())));
        }
        if (!c.guestNotes().isEmpty()) {
            lines.add(texts.t(l, "meal.hc.guests", c.guestNotes().stream()
                    .map(n -> n.text() == null || n.text().isBlank()
                            ? texts.t(l, "meal.hc.guest-line", n.who(), n.department(), n.count())
                            : texts.t(l, "meal.hc.guest-line-note", n.who(), n.department(), n.count(), n.text()))
                    .collect(Collectors.joining("; "))));
        }
        if (!c.diets().isEmpty()) {
            lines.add(texts.t(l, "meal.hc.diets", c.diets().entrySet().stream()
                    .map(e -> texts.t(l, e.getKey().textKey()) + " " + e.getValue())
                    .collect(Collectors.joining(" · "))));
        }
        if (!c.allergies().isEmpty()) {
            lines.add(texts.t(l, "meal.hc.allergies", c.allergies().stream()
                    .map(n -> texts.t(l, "meal.hc.allergy", n.who(), n.department(), n.text()))
                    .collect(Collectors.joining("; "))));
        }
        if (!c.late().isEmpty()) {
            lines.add(texts.t(l, "meal.hc.late", c.late().size(), String.join(", ", c.late())));
        }
        if (c.tally() != null && c.tally().hasServed()) {
            int registered = c.tally().registeredWhenServed() == null ? c.total() : c.tally().registeredWhenServed();
            lines.add(texts.t(l, "meal.hc.served", c.tally().served(), registered, registered - c.tally().served(),
                    formats.time(c.tally().servedAt())));
        }
        return String.join("\n", lines);
    }

    private String groups(Language l, List<Headcount.Group> groups) {
        return groups.stream()
                .map(g -> g.guests() == 0 ? texts.t(l, "meal.hc.group", g.name(), g.total())
                        : texts.t(l, "meal.hc.group-guests", g.name(), g.total(), g.guests()))
                .collect(Collectors.joining(" · "));
    }
}
