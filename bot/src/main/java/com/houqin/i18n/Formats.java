package com.houqin.i18n;

import java.time.Instant;
import java.time.LocalDate;
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

    public Formats(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant.atZone(calendar.zone()));
    }

    public String shortDateTime(Instant instant) {
        return instant == null ? "—" : SHORT.format(instant.atZone(calendar.zone()));
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
