package com.houqin.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.scheduler.BusinessCalendar;

/** Puts the parts of every feature together: asks each for its numbers, draws, writes the spreadsheet. */
@Component
public class Reports {

    private final List<ReportPart> parts;
    private final ChartPainter painter;
    private final SpreadsheetWriter writer;
    private final BusinessCalendar calendar;
    private final Clock clock;

    Reports(List<ReportPart> parts, ChartPainter painter, SpreadsheetWriter writer, BusinessCalendar calendar,
            Clock clock) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(ReportPart::order)).toList();
        this.painter = painter;
        this.writer = writer;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The request for a period as of now. */
    public ReportRequest request(ReportPeriod period, Language language) {
        Instant now = clock.instant();
        LocalDate today = calendar.dateOf(now);
        return request(period.first(today), period.last(today), now, language);
    }

    public ReportRequest request(LocalDate first, LocalDate last, Instant asOf, Language language) {
        Instant from = calendar.at(first, LocalTime.MIDNIGHT).toInstant();
        Instant to = calendar.at(last.plusDays(1), LocalTime.MIDNIGHT).toInstant();
        return new ReportRequest(first, last, from, to, asOf, language);
    }

    /** Every part's numbers, not drawn (what the pictures and the sheets are made of). */
    public List<ReportSection> sections(ReportRequest request) {
        List<ReportSection> sections = new ArrayList<>();
        for (ReportPart part : parts) {
            sections.add(part.build(request));
        }
        return sections;
    }

    public Report build(ReportRequest request) {
        List<ReportSection> sections = sections(request);
        List<Report.Picture> pictures = new ArrayList<>();
        List<ReportSheet> sheets = new ArrayList<>();
        for (ReportSection s : sections) {
            s.charts().forEach(c -> pictures.add(new Report.Picture(c, painter.png(c))));
            sheets.addAll(s.sheets());
        }
        String name = "houqin-" + request.first() + "-" + request.last() + ".xlsx";
        return new Report(request, pictures, new Report.Spreadsheet(name, writer.xlsx(sheets), sheets));
    }
}
