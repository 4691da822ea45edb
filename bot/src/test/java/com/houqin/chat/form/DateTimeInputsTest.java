package com.houqin.chat.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class DateTimeInputsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26"); // a Thursday

    @Test
    void datesAsPeopleTypeThem() {
        assertThat(DateTimeInputs.date("2026-12-01", TODAY)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("2026/12/1", TODAY)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("12-1", TODAY)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("1/5", TODAY)).contains(LocalDate.parse("2027-01-05"));
        assertThat(DateTimeInputs.date("12月1日", TODAY)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("Tomorrow", TODAY)).contains(LocalDate.parse("2026-11-27"));
        assertThat(DateTimeInputs.date("明天", TODAY)).contains(LocalDate.parse("2026-11-27"));
        assertThat(DateTimeInputs.date("後天", TODAY)).contains(LocalDate.parse("2026-11-28"));
        assertThat(DateTimeInputs.date("fri", TODAY)).contains(LocalDate.parse("2026-11-27"));
        assertThat(DateTimeInputs.date("周四", TODAY)).contains(TODAY);
        assertThat(DateTimeInputs.date("１２－０１", TODAY)).contains(LocalDate.parse("2026-12-01"));
    }

    @Test
    void aMonthDayMeansTheNearestSuchDayNotNextYear() {
        LocalDate december2 = LocalDate.parse("2026-12-02");
        assertThat(DateTimeInputs.date("12-01", december2)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("11-01", december2)).contains(LocalDate.parse("2026-11-01"));
        assertThat(DateTimeInputs.date("12月1日", december2)).contains(LocalDate.parse("2026-12-01"));
        assertThat(DateTimeInputs.date("1-5", december2)).contains(LocalDate.parse("2027-01-05"));
        assertThat(DateTimeInputs.date("12-30", LocalDate.parse("2027-01-03"))).contains(LocalDate.parse("2026-12-30"));
        assertThat(DateTimeInputs.date("2-29", LocalDate.parse("2027-03-01"))).contains(LocalDate.parse("2028-02-29"));
        assertThat(DateTimeInputs.date("2-29", LocalDate.parse("2028-03-01"))).contains(LocalDate.parse("2028-02-29"));
    }

    @Test
    void nonsenseAndImpossibleDatesAreNotDates() {
        assertThat(DateTimeInputs.date("soon", TODAY)).isEmpty();
        assertThat(DateTimeInputs.date("2026-02-30", TODAY)).isEmpty();
        assertThat(DateTimeInputs.date("13/45", TODAY)).isEmpty();
        assertThat(DateTimeInputs.date("", TODAY)).isEmpty();
    }

    @Test
    void timesAsPeopleTypeThem() {
        assertThat(DateTimeInputs.time("9:30")).contains(LocalTime.of(9, 30));
        assertThat(DateTimeInputs.time("09:30")).contains(LocalTime.of(9, 30));
        assertThat(DateTimeInputs.time("930")).contains(LocalTime.of(9, 30));
        assertThat(DateTimeInputs.time("14")).contains(LocalTime.of(14, 0));
        assertThat(DateTimeInputs.time("2pm")).contains(LocalTime.of(14, 0));
        assertThat(DateTimeInputs.time("2:30 PM")).contains(LocalTime.of(14, 30));
        assertThat(DateTimeInputs.time("12am")).contains(LocalTime.of(0, 0));
        assertThat(DateTimeInputs.time("9点半")).contains(LocalTime.of(9, 30));
        assertThat(DateTimeInputs.time("下午3点")).contains(LocalTime.of(15, 0));
        assertThat(DateTimeInputs.time("14点30")).contains(LocalTime.of(14, 30));
        assertThat(DateTimeInputs.time("9：30")).contains(LocalTime.of(9, 30));
    }

    @Test
    void nonsenseAndImpossibleTimesAreNotTimes() {
        assertThat(DateTimeInputs.time("25:00")).isEmpty();
        assertThat(DateTimeInputs.time("9:75")).isEmpty();
        assertThat(DateTimeInputs.time("13pm")).isEmpty();
        assertThat(DateTimeInputs.time("lunchtime")).isEmpty();
    }

    @Test
    void aDateWithATime() {
        assertThat(DateTimeInputs.dateTime("tomorrow 10:00", TODAY)).contains(LocalDateTime.parse("2026-11-27T10:00"));
        assertThat(DateTimeInputs.dateTime("2026-12-01 15:30", TODAY)).contains(LocalDateTime.parse("2026-12-01T15:30"));
        assertThat(DateTimeInputs.dateTime("明天 10点", TODAY)).contains(LocalDateTime.parse("2026-11-27T10:00"));
        assertThat(DateTimeInputs.dateTime("明天10点", TODAY)).contains(LocalDateTime.parse("2026-11-27T10:00"));
        assertThat(DateTimeInputs.dateTime("16:00", TODAY)).contains(LocalDateTime.parse("2026-11-26T16:00"));
        assertThat(DateTimeInputs.dateTime("tomorrow", TODAY)).isEmpty();
        assertThat(DateTimeInputs.dateTime("when it’s fixed", TODAY)).isEmpty();
    }
}
