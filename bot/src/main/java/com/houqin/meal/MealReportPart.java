package com.houqin.meal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportChart.Kind;
import com.houqin.report.ReportChart.Series;
import com.houqin.report.ReportPart;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.report.ReportSheet;

/**
 * Meals in the report: per day, how many were registered at the cut-off (guests included) against
 * how many the cooks counted as served, and the guests; the meal counts as a spreadsheet tab. One
 * read of the period's tallies by id (a small document per meal, however many registrations).
 */
@Component
class MealReportPart implements ReportPart {

    private final MealCalendar calendar;
    private final MealTallies tallies;
    private final MealTexts texts;

    MealReportPart(MealCalendar calendar, MealTallies tallies, MealTexts texts) {
        this.calendar = calendar;
        this.tallies = tallies;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ReportSection build(ReportRequest r) {
        Language l = r.language();
        List<String> keys = new ArrayList<>();
        for (LocalDate d : r.days()) {
            for (Meal meal : calendar.meals()) {
                keys.add(new Slot(d, meal).key());
            }
        }
        Map<String, MealTally> found = tallies.byKeys(keys);
        List<String> days = new ArrayList<>();
        List<Integer> registered = new ArrayList<>();
        List<Integer> served = new ArrayList<>();
        List<Integer> guests = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        int wasteRegistered = 0;
        int wasteServed = 0;
        for (LocalDate d : r.days()) {
            int dayRegistered = 0;
            int dayServed = 0;
            int dayGuests = 0;
            boolean any = false;
            for (Meal meal : calendar.meals()) {
                MealTally t = found.get(new Slot(d, meal).key());
                if (t == null) {
                    continue;
                }
                any = true;
                int people = t.finalPeople() == null ? 0 : t.finalPeople();
                int g = t.finalGuests() == null ? 0 : t.finalGuests();
                dayRegistered += people + g;
                dayGuests += g;
                if (t.hasServed()) {
                    dayServed += t.served();
                    int then = t.registeredWhenServed() == null ? people + g : t.registeredWhenServed();
                    wasteRegistered += then;
                    wasteServed += t.served();
                }
                rows.add(List.of(d, texts.meal(l, meal), people, g, people + g,
                        t.hasServed() ? t.served() : "", t.hasServed() ? people + g - t.served() : ""));
            }
            if (any || calendar.servesAny(d)) {
                days.add(d.getMonthValue() + "-" + d.getDayOfMonth());
                registered.add(dayRegistered);
                served.add(dayServed);
                guests.add(dayGuests);
            }
        }
        int totalRegistered = registered.stream().mapToInt(Integer::intValue).sum();
        int totalServed = served.stream().mapToInt(Integer::intValue).sum();
        int totalGuests = guests.stream().mapToInt(Integer::intValue).sum();
        List<String> caption = new ArrayList<>();
        caption.add(texts.t(l, "report.meal.days"));
        caption.add(texts.t(l, "report.meal.days.caption", totalRegistered, totalServed, totalGuests));
        if (wasteRegistered > 0) {
            int waste = wasteRegistered - wasteServed;
            caption.add(texts.t(l, "report.meal.days.waste", waste, Math.round(100.0 * waste / wasteRegistered)));
        } else {
            caption.add(texts.t(l, "report.meal.days.no-served"));
        }
        ReportChart chart = new ReportChart("meal-days", Kind.BARS, texts.t(l, "report.meal.days"),
                texts.t(l, "report.people"), days,
                List.of(Series.of(texts.t(l, "report.meal.registered"), registered),
                        Series.of(texts.t(l, "report.meal.served"), served),
                        Series.of(texts.t(l, "report.meal.guests"), guests)), caption);
        List<String> header = List.of("date", "meal", "people", "guests", "total", "served", "difference").stream()
                .map(k -> texts.t(l, "report.meal.col." + k)).toList();
        rows.replaceAll(row -> row.stream().map(v -> "".equals(v) ? null : v).toList());
        return new ReportSection(List.of(chart), List.of(new ReportSheet(texts.t(l, "report.meal.sheet"), header, rows)));
    }
}
