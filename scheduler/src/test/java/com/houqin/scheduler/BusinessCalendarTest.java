package com.houqin.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-10-01..07 National Day holidays, 2026-10-10 (a Saturday) worked instead
    static final BusinessCalendar CALENDAR = new BusinessCalendar(SHANGHAI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05")),
            Set.of(LocalDate.parse("2026-10-10")), LocalTime.of(8, 30), LocalTime.of(17, 30));

    @Test
    void weekendsAndHolidaysAreNotWorkedButMakeUpDaysAre() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-11-26"))).isTrue(); // Thursday
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-11-28"))).isFalse(); // Saturday
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse(); // holiday
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue(); // make-up Saturday
    }

    @Test
    void theNextWorkingDaySkipsWeekendsAndHolidays() {
        assertThat(CALENDAR.nextWorkingDay(LocalDate.parse("2026-11-27"))).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(CALENDAR.nextWorkingDay(LocalDate.parse("2026-09-30"))).isEqualTo(LocalDate.parse("2026-10-06"));
    }

    @Test
    void theEndOfTheWorkingDayIsInTheCalendarsZone() {
        assertThat(CALENDAR.endOfWorkingDay(LocalDate.parse("2026-11-26")))
                .isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
        assertThat(CALENDAR.isWithinWorkingHours(Instant.parse("2026-11-26T09:29:00Z"))).isTrue();
        assertThat(CALENDAR.isWithinWorkingHours(Instant.parse("2026-11-26T09:30:00Z"))).isFalse();
    }

    @Test
    void aDailyScheduleOnWorkingDaysSkipsTheWeekend() {
        Schedule summary = Schedules.workingDaysAt(LocalTime.of(17, 30), CALENDAR);
        // Friday 18:00 in Shanghai → Monday 17:30
        assertThat(summary.nextAfter(Instant.parse("2026-11-27T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
        // Thursday 17:00 → the same day 17:30
        assertThat(summary.nextAfter(Instant.parse("2026-11-26T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T09:30:00Z"));
        // exactly at the time → the next working day
        assertThat(summary.nextAfter(Instant.parse("2026-11-26T09:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T09:30:00Z"));
    }
}
