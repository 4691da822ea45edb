package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.scheduler.BusinessCalendar;
import com.houqin.summary.SummaryRequest;
import com.houqin.summary.SummarySection;

/**
 * Repairs in the manager's summary: today's new and done, what is open, what is overdue (with
 * age and owner), promised, paused or reopened, the average rating and each technician's load.
 */
@Component
class RepairSummarySection implements SummarySection {

    private static final Duration RATING_WINDOW = Duration.ofDays(7);

    private final TicketQueries tickets;
    private final TicketCards cards;
    private final Texts texts;
    private final Formats formats;
    private final BusinessCalendar calendar;

    RepairSummarySection(TicketQueries tickets, TicketCards cards, Texts texts, Formats formats, BusinessCalendar calendar) {
        this.tickets = tickets;
        this.cards = cards;
        this.texts = texts;
        this.formats = formats;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> lines(SummaryRequest report) {
        Language lang = report.language();
        Instant now = report.asOf();
        Instant dayStart = calendar.at(report.day(), java.time.LocalTime.MIDNIGHT).toInstant();
        Instant dayEnd = dayStart.plus(Duration.ofDays(1));
        List<Ticket> today = tickets.touchedBetween(dayStart, dayEnd);
        List<Ticket> open = tickets.open();

        long newToday = today.stream().filter(t -> within(t.createdAt(), dayStart, dayEnd)).count();
        long urgentToday = today.stream().filter(t -> within(t.createdAt(), dayStart, dayEnd) && t.urgent()).count();
        long doneToday = today.stream().filter(t -> within(t.doneAt(), dayStart, dayEnd)
                || (t.doneAt() == null && within(t.closedAt(), dayStart, dayEnd))).count();
        List<Ticket> reopened = today.stream().filter(t -> within(t.reopenedAt(), dayStart, dayEnd)).toList();

        List<String> lines = new ArrayList<>();
        lines.add(texts.get(lang, "repair.summary.title"));
        lines.add(texts.get(lang, "repair.summary.counts", newToday, urgentToday, doneToday, open.size()));

        List<Ticket> overdue = open.stream().filter(t -> isOverdue(t, now))
                .sorted(Comparator.comparing(Ticket::dueAt)).toList();
        section(lines, lang, "repair.summary.overdue", overdue, t -> cards.line(lang, t, now)
                + (t.currentPromise() != null ? " · " + texts.get(lang, "repair.summary.promise-broken") : ""));

        List<Ticket> promised = open.stream().filter(t -> t.currentPromise() != null && !isOverdue(t, now))
                .sorted(Comparator.comparing(t -> t.currentPromise().promisedAt())).toList();
        section(lines, lang, "repair.summary.promised", promised, t -> cards.line(lang, t, now) + " → "
                + formats.shortDateTime(t.currentPromise().promisedAt()) + ": " + t.currentPromise().reason());

        List<Ticket> waiting = open.stream().filter(t -> t.status() == TicketStatus.WAITING).toList();
        section(lines, lang, "repair.summary.waiting", waiting,
                t -> cards.line(lang, t, now) + ": " + (t.waiting() == null ? "" : t.waiting().reason()));

        List<Ticket> unaccepted = open.stream().filter(t -> t.status() == TicketStatus.NEW && !isOverdue(t, now))
                .sorted(TicketsCommand.URGENT_THEN_OLDEST).toList();
        section(lines, lang, "repair.summary.unaccepted", unaccepted, t -> cards.line(lang, t, now));

        section(lines, lang, "repair.summary.reopened", reopened,
                t -> cards.line(lang, t, now) + (t.reopenReason() == null ? "" : ": " + t.reopenReason()));

        lines.add(rating(lang, now));
        String load = load(open);
        if (!load.isEmpty()) {
            lines.add(texts.get(lang, "repair.summary.load", load));
        }
        return lines;
    }

    /** Past due and neither promised nor paused, or past its promise. */
    static boolean isOverdue(Ticket t, Instant now) {
        if (t.status() == TicketStatus.WAITING) {
            return false;
        }
        Ticket.Promise promise = t.currentPromise();
        return promise == null ? !now.isBefore(t.dueAt()) : !now.isBefore(promise.promisedAt());
    }

    private String rating(Language lang, Instant now) {
        List<Ticket> rated = tickets.touchedBetween(now.minus(RATING_WINDOW), now.plusSeconds(1)).stream()
                .filter(t -> t.rating() != null).toList();
        if (rated.isEmpty()) {
            return texts.get(lang, "repair.summary.no-rating");
        }
        double average = rated.stream().mapToInt(Ticket::rating).average().orElse(0);
        return texts.get(lang, "repair.summary.rating", String.format(java.util.Locale.ROOT, "%.1f", average),
                rated.size());
    }

    private static String load(List<Ticket> open) {
        Map<String, List<Ticket>> byTechnician = open.stream().filter(t -> t.technicianName() != null)
                .collect(Collectors.groupingBy(Ticket::technicianName, TreeMap::new, Collectors.toList()));
        return byTechnician.entrySet().stream().map(e -> {
            long urgent = e.getValue().stream().filter(Ticket::urgent).count();
            return e.getKey() + " " + e.getValue().size() + (urgent > 0 ? " (🚨" + urgent + ")" : "");
        }).collect(Collectors.joining(" · "));
    }

    private void section(List<String> lines, Language lang, String titleKey, List<Ticket> items,
                         java.util.function.Function<Ticket, String> line) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(texts.get(lang, titleKey, items.size()));
        items.forEach(t -> lines.add("  " + line.apply(t)));
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }
}
