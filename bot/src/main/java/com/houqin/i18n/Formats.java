package com.houqin.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import org.springframework.stereotype.Component;

import com.houqin.scheduler.BusinessCalendar;

/** Dates and times as people read them, in the workplace's time zone. */
@Component
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final BusinessCalendar calendar;
    private final Clock clock;

    public Formats(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(calendar.zone()));
    }

    /** "12-05 14:00"; with the year when it is not this year ("2027-01-04 09:00"). */
    public String shortDateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        ZonedDateTime local = instant.atZone(calendar.zone());
        return (isThisYear(local.toLocalDate()) ? SHORT : DATE_TIME).format(local);
    }

    private boolean isThisYear(LocalDate date) {
        return date.getYear() == calendar.today(clock).getYear();
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(calendar.zone()));
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "2026-11-27 Fri" / "2026-11-27 周五". */
    public String dateWithDay(LocalDate date, Language language) {
        return DATE.format(date) + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, language.locale());
    }
}
