package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.report.Report;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportFiles;
import com.houqin.report.ReportFonts;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.report.Reports;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The numbers behind the repair charts, from tickets the test makes over one week. */
class RepairReportTest extends BotIntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Tickets tickets;
    @Autowired
    Reports reports;
    @Autowired
    ReportFonts fonts;

    private Person li;
    private Person wang;
    private Person zhou;

    private void at(String shanghaiTime) {
        clock.set(instant(shanghaiTime));
    }

    private static Instant instant(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
    }

    /** Mon 23 – Sun 29 Nov 2026: five tickets; the report is made on Tue 1 Dec at 10:00. */
    private void aWeekOfRepairs() {
        li = people.find(approved("李雷", "财务处").id()).orElseThrow();
        wang = people.find(approved("王师傅", "后勤处", Role.TECHNICIAN).id()).orElseThrow();
        zhou = people.find(approved("周师傅", "后勤处", Role.TECHNICIAN).id()).orElseThrow();

        at("2026-11-23T09:00");
        Ticket a = create(RepairCategory.LIGHTING, false);
        at("2026-11-23T09:30");
        tickets.accept(a.number(), wang, nextUpdateId());
        at("2026-11-23T11:00");
        tickets.finish(a.number(), wang.id(), null, nextUpdateId()); // same day, 30 min, 2 h

        at("2026-11-23T10:00");
        Ticket b = create(RepairCategory.PLUMBING, true);
        at("2026-11-23T10:10");
        tickets.accept(b.number(), zhou, nextUpdateId());
        at("2026-11-24T10:00");
        tickets.finish(b.number(), zhou.id(), null, nextUpdateId()); // next day, 10 min, 24 h

        at("2026-11-24T09:00");
        Ticket c = create(RepairCategory.LIGHTING, false);
        Ticket d = create(RepairCategory.ELECTRICAL, true);
        at("2026-11-24T09:04");
        tickets.accept(d.number(), zhou, nextUpdateId()); // 4 min
        at("2026-11-24T09:20");
        tickets.accept(c.number(), wang, nextUpdateId()); // 20 min
        at("2026-11-24T17:00");
        tickets.promise(c.number(), wang.id(), "零件", instant("2026-11-25T12:00"), nextUpdateId());
        tickets.promise(d.number(), zhou.id(), "零件", instant("2026-11-25T12:00"), nextUpdateId());
        at("2026-11-25T11:00");
        tickets.finish(c.number(), wang.id(), null, nextUpdateId()); // kept; 26 h

        at("2026-11-25T09:00");
        create(RepairCategory.HVAC, false); // never accepted

        at("2026-12-01T10:00");
    }

    private Ticket create(RepairCategory category, boolean urgent) {
        return tickets.create(li, new Tickets.NewTicket(category, "Hall", null, "Broken", List.of(), urgent),
                "test:" + nextUpdateId());
    }

    private ReportRequest lastWeek(Language language) {
        return reports.request(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"), clock.instant(), language);
    }

    private static ReportChart chart(List<ReportSection> sections, String name) {
        return sections.stream().flatMap(s -> s.charts().stream()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theRepairChartsCountWhatHappened() {
        aWeekOfRepairs();
        List<ReportSection> s = reports.sections(lastWeek(Language.EN));

        ReportChart categories = chart(s, "repair-categories");
        assertThat(categories.categories()).startsWith("Lighting", "Plumbing", "Electrical");
        assertThat(categories.values("Reported")).containsExactly(2.0, 1.0, 1.0, 1.0, 0.0, 0.0);
        assertThat(categories.values("Fixed")).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(categories.caption()).anyMatch(l -> l.contains("5 repairs were reported, 2 of them urgent; 3 fixed"));

        ReportChart ages = chart(s, "repair-age");
        assertThat(ages.values("Urgent")).containsExactly(0.0, 0.0, 0.0, 1.0);
        assertThat(ages.values("Routine")).containsExactly(0.0, 0.0, 1.0, 0.0);

        ReportChart sameDay = chart(s, "repair-same-day");
        assertThat(sameDay.categories()).containsExactly("11-23", "11-24", "11-25", "11-26", "11-27");
        assertThat(sameDay.series().get(0).values()).containsExactly(50.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(sameDay.caption()).anyMatch(l -> l.contains("1 of 5") && l.contains("(20%)"));

        ReportChart promises = chart(s, "repair-promises");
        assertThat(promises.series().get(0).values()).containsExactly(1.0, 1.0, 0.0);

        ReportChart times = chart(s, "repair-times");
        assertThat(times.values("Urgent")).containsExactly(0.1, 24.0);
        assertThat(times.values("Routine")).containsExactly(0.4, 14.0);
        assertThat(times.caption()).anyMatch(l -> l.contains("Urgent: accepted in 7 min, fixed in 24.0 h"))
                .anyMatch(l -> l.contains("Routine: accepted in 25 min, fixed in 14.0 h"));

        ReportChart load = chart(s, "repair-load");
        assertThat(load.categories()).containsExactly("王师傅", "周师傅");
        assertThat(load.values("Fixed in the period")).containsExactly(2.0, 1.0);
        assertThat(load.values("Open now")).containsExactly(0.0, 1.0);

        List<List<Object>> rows = s.get(0).sheets().get(0).rows();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get(13)).isEqualTo(true);
        assertThat(rows.get(0).get(11)).isEqualTo(30L);
    }

    @Test
    void chineseChartsAreDrawnWithAFontThatShowsEveryLabel() {
        aWeekOfRepairs();
        for (Language language : List.of(Language.ZH_HANS, Language.ZH_HANT)) {
            for (ReportSection section : reports.sections(lastWeek(language))) {
                for (ReportChart c : section.charts()) {
                    assertThat(ReportFonts.canDisplay(fonts.shippedFont(), c.labels()))
                            .as("%s %s: %s", language, c.name(), c.labels()).isTrue();
                }
            }
        }
        assertThat(chart(reports.sections(lastWeek(Language.ZH_HANS)), "repair-categories").title())
                .isEqualTo("按类别统计的报修");
        assertThat(chart(reports.sections(lastWeek(Language.ZH_HANT)), "repair-categories").title())
                .isEqualTo("按類別統計的報修");
    }

    @Test
    void theSpreadsheetSentHoldsTheTicketsOfThePeriod() throws Exception {
        aWeekOfRepairs();
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/report");
        boss.tap(boss.expect("Which period?"), "Last week");
        SentMessage document = boss.expect(m -> "senddocument".equals(m.method()));
        try (XSSFWorkbook book = ReportFiles.workbook(document)) {
            Sheet sheet = book.getSheet("Tickets");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).startsWith("R-");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Lighting");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("王师傅");
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(30.0);
            assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(13).getBooleanCellValue()).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2026-11-23T09:00"));
        }
        Report report = reports.build(lastWeek(Language.EN));
        assertThat(report.pictures()).hasSize(8);
    }
}
