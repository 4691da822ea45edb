package com.houqin.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.houqin.i18n.Language;

/**
 * What a report covers: the days {@code first} to {@code last} (both included, in the business
 * calendar's zone), as the instants {@code [from, to)}; {@code asOf} is when it is made (what is
 * open is open as of then); and the reader's language.
 */
public record ReportRequest(LocalDate first, LocalDate last, Instant from, Instant to, Instant asOf,
                            Language language) {

    /** Every day of the period, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    /** Whether {@code t} falls in the period. */
    public boolean covers(Instant t) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }
}
