package com.houqin.meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.summary.SummaryRequest;
import com.houqin.summary.SummarySection;

/** The manager's summary: today's meal counts, served against registered, and the week's waste. */
@Component
class MealSummarySection implements SummarySection {

    private static final int WEEK = 7;

    private final MealCalendar calendar;
    private final HeadcountViews headcounts;
    private final MealTallies tallies;
    private final MealTexts texts;

    MealSummarySection(MealCalendar calendar, HeadcountViews headcounts, MealTallies tallies, MealTexts texts) {
        this.calendar = calendar;
        this.headcounts = headcounts;
        this.tallies = tallies;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> lines(SummaryRequest report) {
        Language l = report.language();
        List<String> lines = new ArrayList<>();
        List<String> today = new ArrayList<>();
        for (Headcount c : headcounts.counts(report.day())) {
            String meal = texts.meal(l, c.slot().meal());
            if (c.tally() != null && c.tally().hasServed()) {
                today.add(texts.t(l, "meal.summary.served", meal, c.total(), c.tally().served()));
            } else if (!c.closed()) {
                today.add(texts.t(l, "meal.summary.open", meal, c.total(), texts.cutoff(l, c.slot())));
            } else {
                today.add(texts.t(l, "meal.summary.count", meal, c.total()));
            }
        }
        if (!today.isEmpty()) {
            lines.add(texts.t(l, "meal.summary.today", String.join(" · ", today)));
        }
        String week = week(l, report.day());
        if (week != null) {
            lines.add(week);
        }
        if (!lines.isEmpty()) {
            lines.add(0, texts.t(l, "meal.summary.title"));
        }
        return lines;
    }

    /** Served against registered over the last seven days, where the cooks entered what was served. */
    private String week(Language l, LocalDate day) {
        List<String> keys = new ArrayList<>();
        for (LocalDate d = day.minusDays(WEEK - 1); !d.isAfter(day); d = d.plusDays(1)) {
            for (Meal meal : calendar.meals()) {
                keys.add(new Slot(d, meal).key());
            }
        }
        Map<String, MealTally> found = tallies.byKeys(keys);
        int served = 0;
        int registered = 0;
        int meals = 0;
        for (MealTally t : found.values()) {
            if (t.hasServed() && t.registeredWhenServed() != null) {
                served += t.served();
                registered += t.registeredWhenServed();
                meals++;
            }
        }
        if (meals == 0) {
            return null;
        }
        int difference = registered - served;
        String percent = registered == 0 ? "—" : String.valueOf(Math.round(100.0 * Math.abs(difference) / registered));
        return texts.t(l, "meal.summary.week", meals, registered, served, difference, percent);
    }
}
