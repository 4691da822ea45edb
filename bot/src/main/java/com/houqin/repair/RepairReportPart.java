package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.report.ReportChart;
import com.houqin.report.ReportChart.Kind;
import com.houqin.report.ReportChart.Series;
import com.houqin.report.ReportPart;
import com.houqin.report.ReportRequest;
import com.houqin.report.ReportSection;
import com.houqin.scheduler.BusinessCalendar;

/**
 * Repairs in the report: by category, the open ones by age, the same-day rate per day, promises
 * kept and broken, the median time to accept and to fix (urgent and routine apart), each
 * technician's load; and the tickets reported in the period as a spreadsheet tab ({@link RepairReportSheet}). Two queries: the
 * tickets reported, fixed or promised in the period, and the open ones.
 */
@Component
class RepairReportPart implements ReportPart {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final int MOST_TECHNICIANS = 12;

    private final TicketQueries tickets;
    private final Texts texts;
    private final BusinessCalendar calendar;

    RepairReportPart(TicketQueries tickets, Texts texts, BusinessCalendar calendar) {
        this.tickets = tickets;
        this.texts = texts;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public ReportSection build(ReportRequest r) {
        List<Ticket> touched = tickets.forReport(r.from(), r.to()).stream()
                .filter(t -> t.status() != TicketStatus.CANCELLED).toList();
        List<Ticket> reported = touched.stream().filter(t -> r.covers(t.createdAt()))
                .sorted(Comparator.comparingLong(Ticket::number)).toList();
        List<Ticket> fixed = touched.stream().filter(t -> r.covers(TicketTimes.fixedAt(t))).toList();
        List<Ticket> open = tickets.open().stream().filter(t -> t.createdAt().isBefore(r.asOf())).toList();
        List<ReportChart> charts = List.of(
                categories(r, reported, fixed),
                ages(r, open),
                sameDay(r, reported),
                promises(r, touched),
                times(r, reported),
                load(r, fixed, open));
        return new ReportSection(charts, List.of(new RepairReportSheet(texts, calendar).sheet(r, reported)));
    }

    ReportChart categories(ReportRequest r, List<Ticket> reported, List<Ticket> fixed) {
        Language l = r.language();
        List<String> names = new ArrayList<>();
        List<Long> reportedCounts = new ArrayList<>();
        List<Long> fixedCounts = new ArrayList<>();
        String top = null;
        long topCount = 0;
        for (RepairCategory c : RepairCategory.values()) {
            String name = texts.get(l, c.textKey());
            long n = reported.stream().filter(t -> t.category() == c).count();
            names.add(name);
            reportedCounts.add(n);
            fixedCounts.add(fixed.stream().filter(t -> t.category() == c).count());
            if (n > topCount) {
                top = name;
                topCount = n;
            }
        }
        long urgent = reported.stream().filter(Ticket::urgent).count();
        List<String> caption = new ArrayList<>();
        caption.add(t(l, "report.repair.categories") + " · " + period(r));
        caption.add(t(l, "report.repair.categories.caption", reported.size(), urgent, fixed.size()));
        if (top != null) {
            caption.add(t(l, "report.repair.categories.top", top, topCount));
        }
        return new ReportChart("repair-categories", Kind.BARS, t(l, "report.repair.categories"), t(l, "report.count"),
                names, List.of(Series.of(t(l, "report.repair.reported"), reportedCounts),
                Series.of(t(l, "report.repair.fixed"), fixedCounts)), caption);
    }

    ReportChart ages(ReportRequest r, List<Ticket> open) {
        Language l = r.language();
        long[] limits = {1, 3, 7, Long.MAX_VALUE};
        String[] keys = {"under-1d", "1-3d", "3-7d", "over-7d"};
        List<String> names = new ArrayList<>();
        List<Long> urgent = new ArrayList<>();
        List<Long> routine = new ArrayList<>();
        for (int i = 0; i < limits.length; i++) {
            long low = i == 0 ? 0 : limits[i - 1];
            long high = limits[i];
            names.add(t(l, "report.repair.age." + keys[i]));
            urgent.add(open.stream().filter(t -> t.urgent() && inAge(t, r.asOf(), low, high)).count());
            routine.add(open.stream().filter(t -> !t.urgent() && inAge(t, r.asOf(), low, high)).count());
        }
        long old = urgent.get(3) + routine.get(3);
        return new ReportChart("repair-age", Kind.STACKED, t(l, "report.repair.age"), t(l, "report.count"), names,
                List.of(Series.of(t(l, "report.repair.urgent"), urgent), Series.of(t(l, "report.repair.routine"), routine)),
                List.of(t(l, "report.repair.age"),
                        t(l, "report.repair.age.caption", open.size(), calendar.dateOf(r.asOf()).toString(), old)));
    }

    ReportChart sameDay(ReportRequest r, List<Ticket> reported) {
        Language l = r.language();
        List<String> days = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        int sameDay = 0;
        for (LocalDate d : r.days()) {
            List<Ticket> that = reported.stream().filter(t -> calendar.dateOf(t.createdAt()).equals(d)).toList();
            if (that.isEmpty() && !calendar.isWorkingDay(d)) {
                continue;
            }
            long done = that.stream().filter(t -> TicketTimes.fixedSameDay(t, calendar)).count();
            sameDay += (int) done;
            days.add(DAY.format(d));
            rates.add(that.isEmpty() ? 0.0 : Math.round(1000.0 * done / that.size()) / 10.0);
        }
        return new ReportChart("repair-same-day", Kind.LINES, t(l, "report.repair.same-day"), t(l, "report.percent"),
                days, List.of(Series.of(t(l, "report.repair.same-day.series"), rates)),
                List.of(t(l, "report.repair.same-day"),
                        t(l, "report.repair.same-day.caption", sameDay, reported.size(), percent(sameDay, reported.size()))));
    }

    ReportChart promises(ReportRequest r, List<Ticket> touched) {
        Language l = r.language();
        long kept = 0;
        long broken = 0;
        long pending = 0;
        for (Ticket t : touched) {
            Ticket.Promise p = t.promise();
            if (p == null || !r.covers(p.madeAt())) {
                continue;
            }
            Instant fixedAt = TicketTimes.fixedAt(t);
            if (fixedAt != null && !fixedAt.isAfter(p.promisedAt())) {
                kept++;
            } else if (fixedAt != null || !r.asOf().isBefore(p.promisedAt())) {
                broken++;
            } else {
                pending++;
            }
        }
        List<String> names = List.of(t(l, "report.repair.kept"), t(l, "report.repair.broken"), t(l, "report.repair.pending"));
        return new ReportChart("repair-promises", Kind.BARS, t(l, "report.repair.promises"), t(l, "report.count"), names,
                List.of(Series.of(t(l, "report.repair.promises"), List.of(kept, broken, pending))),
                List.of(t(l, "report.repair.promises"),
                        t(l, "report.repair.promises.caption", kept + broken + pending, kept, broken, pending)));
    }

    ReportChart times(ReportRequest r, List<Ticket> reported) {
        Language l = r.language();
        Duration urgentAccept = TicketTimes.median(reported, true, Ticket::acceptedAt);
        Duration urgentFix = TicketTimes.median(reported, true, TicketTimes::fixedAt);
        Duration routineAccept = TicketTimes.median(reported, false, Ticket::acceptedAt);
        Duration routineFix = TicketTimes.median(reported, false, TicketTimes::fixedAt);
        List<String> names = List.of(t(l, "report.repair.to-accept"), t(l, "report.repair.to-fix"));
        return new ReportChart("repair-times", Kind.BARS, t(l, "report.repair.times"), t(l, "report.hours"), names,
                List.of(Series.of(t(l, "report.repair.urgent"), List.of(TicketTimes.hours(urgentAccept), TicketTimes.hours(urgentFix))),
                        Series.of(t(l, "report.repair.routine"), List.of(TicketTimes.hours(routineAccept), TicketTimes.hours(routineFix)))),
                List.of(t(l, "report.repair.times"),
                        t(l, "report.repair.times.caption", span(l, urgentAccept), span(l, urgentFix)),
                        t(l, "report.repair.times.caption2", span(l, routineAccept), span(l, routineFix))));
    }

    ReportChart load(ReportRequest r, List<Ticket> fixed, List<Ticket> open) {
        Language l = r.language();
        Map<String, long[]> byName = new TreeMap<>();
        fixed.stream().filter(t -> t.technicianName() != null)
                .forEach(t -> byName.computeIfAbsent(t.technicianName(), n -> new long[2])[0]++);
        open.stream().filter(t -> t.technicianName() != null)
                .forEach(t -> byName.computeIfAbsent(t.technicianName(), n -> new long[2])[1]++);
        List<Map.Entry<String, long[]>> rows = byName.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
                        .thenComparingLong(e -> -e.getValue()[1]))
                .limit(MOST_TECHNICIANS).toList();
        List<String> caption = new ArrayList<>();
        caption.add(t(l, "report.repair.load"));
        if (!rows.isEmpty()) {
            caption.add(t(l, "report.repair.load.caption", byName.size(), rows.get(0).getKey(), rows.get(0).getValue()[0]));
        } else {
            caption.add(t(l, "report.repair.load.caption", 0, "—", 0));
        }
        return new ReportChart("repair-load", Kind.STACKED, t(l, "report.repair.load"), t(l, "report.count"),
                rows.stream().map(Map.Entry::getKey).toList(),
                List.of(Series.of(t(l, "report.repair.load.fixed"), rows.stream().map(e -> e.getValue()[0]).toList()),
                        Series.of(t(l, "report.repair.load.open"), rows.stream().map(e -> e.getValue()[1]).toList())),
                caption);
    }

    private static boolean inAge(Ticket t, Instant now, long lowDays, long highDays) {
        Duration age = Duration.between(t.createdAt(), now);
        return age.compareTo(Duration.ofDays(lowDays)) >= 0
                && (highDays == Long.MAX_VALUE || age.compareTo(Duration.ofDays(highDays)) < 0);
    }

    private String span(Language l, Duration d) {
        if (d == null) {
            return t(l, "report.repair.none");
        }
        if (TicketTimes.minutes(d) < 120) {
            return t(l, "report.repair.minutes", TicketTimes.minutes(d));
        }
        return t(l, "report.repair.hours", String.format(Locale.ROOT, "%.1f", d.toSeconds() / 3600.0));
    }

    private static String period(ReportRequest r) {
        return r.first() + " – " + r.last();
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    private String t(Language l, String key, Object... args) {
        return texts.get(l, key, args);
    }
}
