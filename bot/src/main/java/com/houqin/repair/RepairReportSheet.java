package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSheet;
import com.houqin.scheduler.BusinessCalendar;

/** The report's tickets tab: one row per ticket reported in the period, with the columns finance asks for. */
final class RepairReportSheet {

    private final Texts texts;
    private final BusinessCalendar calendar;

    RepairReportSheet(Texts texts, BusinessCalendar calendar) {
        this.texts = texts;
        this.calendar = calendar;
    }

    ReportSheet sheet(ReportRequest r, List<Ticket> reported) {
        Language l = r.language();
        List<String> header = List.of("number", "created", "category", "urgent", "department", "location", "reporter",
                "technician", "status", "accepted", "done", "minutes-to-accept", "hours-to-fix", "same-day", "promised",
                "rating").stream().map(k -> t(l, "report.repair.col." + k)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Ticket t : reported) {
            Instant fixedAt = TicketTimes.fixedAt(t);
            List<Object> row = new ArrayList<>();
            row.add(t.code());
            row.add(local(t.createdAt()));
            row.add(texts.get(l, t.category().textKey()));
            row.add(t.urgent());
            row.add(t.department());
            row.add(t.location());
            row.add(t.reporterName());
            row.add(t.technicianName());
            row.add(texts.get(l, t.status().textKey()));
            row.add(local(t.acceptedAt()));
            row.add(local(fixedAt));
            row.add(t.acceptedAt() == null ? null : TicketTimes.minutes(Duration.between(t.createdAt(), t.acceptedAt())));
            row.add(fixedAt == null ? null : TicketTimes.hours(Duration.between(t.createdAt(), fixedAt)));
            row.add(TicketTimes.fixedSameDay(t, calendar));
            row.add(t.promise() == null ? null : local(t.promise().promisedAt()));
            row.add(t.rating());
            rows.add(row);
        }
        return new ReportSheet(t(l, "report.repair.sheet"), header, rows);
    }

    private LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, calendar.zone()).truncatedTo(ChronoUnit.MINUTES);
    }

    private String t(Language l, String key, Object... args) {
        return texts.get(l, key, args);
    }
}
