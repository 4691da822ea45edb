package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.i18n.Language;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.report.ReportSheet;
import com.houqin.report.Reports;
import com.houqin.testing.BotIntegrationTest;

/** The numbers behind the meal chart and sheet, from tallies the test writes. */
class MealReportTest extends BotIntegrationTest {

    @Autowired
    Reports reports;

    private void tally(String date, String meal, int people, int guests, Integer served) {
        mongo.insert(new MealTally(date + ":" + meal, date, meal, people, guests, clock.instant(), served,
                served == null ? null : people + guests, served == null ? null : 1L, null));
    }

    @Test
    void registeredAgainstServedPerDayWithGuests() {
        clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        tally("2026-11-23", "lunch", 100, 5, 90);
        tally("2026-11-23", "dinner", 40, 0, 38);
        tally("2026-11-24", "lunch", 110, 2, null);
        tally("2026-11-30", "lunch", 99, 0, 99); // the next week: left out

        ReportRequest r = reports.request(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"),
                clock.instant(), Language.EN);
        ReportSection s = reports.sections(r).stream()
                .filter(x -> x.charts().stream().anyMatch(c -> c.name().equals("meal-days"))).findFirst().orElseThrow();
        ReportChart chart = s.charts().get(0);
        assertThat(chart.categories()).containsExactly("11-23", "11-24", "11-25", "11-26", "11-27");
        assertThat(chart.values("Registered")).containsExactly(145.0, 112.0, 0.0, 0.0, 0.0);
        assertThat(chart.values("Served")).containsExactly(128.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(chart.values("Guests")).containsExactly(5.0, 2.0, 0.0, 0.0, 0.0);
        assertThat(chart.caption()).anyMatch(l -> l.contains("257 meals registered, 128 served") && l.contains("7 of them"))
                .anyMatch(l -> l.contains("Registered but not eaten: 17 (12%)"));

        ReportSheet sheet = s.sheets().get(0);
        assertThat(sheet.name()).isEqualTo("Meal counts");
        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.rows().get(0)).containsExactly(LocalDate.parse("2026-11-23"), "Lunch", 100, 5, 105, 90, 15);
        assertThat(sheet.rows().get(2)).containsExactly(LocalDate.parse("2026-11-24"), "Lunch", 110, 2, 112, null, null);
    }

    @Test
    void chineseMealLabels() {
        clock.set(LocalDateTime.parse("2026-12-01T10:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        ReportRequest r = reports.request(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"),
                clock.instant(), Language.ZH_HANT);
        List<ReportChart> charts = reports.sections(r).stream().flatMap(x -> x.charts().stream())
                .filter(c -> c.name().equals("meal-days")).toList();
        assertThat(charts.get(0).title()).isEqualTo("每天報餐與實際用餐");
    }
}
