package com.houqin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.houqin.scheduler.BusinessCalendar;

/** A date shown without its year is one in this year; any other shows the year. */
class FormatsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final Formats formats = new Formats(
            new BusinessCalendar(SHANGHAI, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(), Set.of(),
                    LocalTime.of(8, 30), LocalTime.of(17, 30)),
            Clock.fixed(Instant.parse("2026-12-30T02:00:00Z"), SHANGHAI));

    @Test
    void aDateInThisYearGoesWithoutTheYear() {
        assertThat(formats.shortDateTime(Instant.parse("2026-12-31T06:00:00Z"))).isEqualTo("12-31 14:00");
    }

    @Test
    void aDateInAnotherYearShowsTheYear() {
        assertThat(formats.shortDateTime(Instant.parse("2027-01-04T01:00:00Z"))).isEqualTo("2027-01-04 09:00");
        assertThat(formats.shortDateTime(Instant.parse("2025-12-31T06:00:00Z"))).isEqualTo("2025-12-31 14:00");
    }
}
