package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import com.houqin.scheduler.BusinessCalendar;

/** How long tickets took, as the report counts it. */
final class TicketTimes {

    private TicketTimes() {
    }

    /** When the technician fixed it (or, when that was not recorded, when it was closed). */
    static Instant fixedAt(Ticket t) {
        return t.doneAt() != null ? t.doneAt() : t.closedAt();
    }

    static boolean fixedSameDay(Ticket t, BusinessCalendar calendar) {
        Instant at = fixedAt(t);
        return at != null && calendar.dateOf(at).equals(calendar.dateOf(t.createdAt()));
    }

    static Duration median(List<Ticket> tickets, boolean urgent, Function<Ticket, Instant> end) {
        List<Duration> spans = tickets.stream().filter(t -> t.urgent() == urgent && end.apply(t) != null)
                .map(t -> Duration.between(t.createdAt(), end.apply(t))).sorted().toList();
        if (spans.isEmpty()) {
            return null;
        }
        int n = spans.size();
        return n % 2 == 1 ? spans.get(n / 2) : spans.get(n / 2 - 1).plus(spans.get(n / 2)).dividedBy(2);
    }

    /** Hours to one decimal. */
    static double hours(Duration d) {
        return d == null ? 0.0 : Math.round(d.toSeconds() / 360.0) / 10.0;
    }

    /** Whole minutes, rounded. */
    static long minutes(Duration d) {
        return Math.round(d.toSeconds() / 60.0);
    }
}
