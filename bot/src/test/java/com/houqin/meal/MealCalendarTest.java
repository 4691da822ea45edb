package com.houqin.meal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.houqin.meal.MealProperties.MealSetting;
import com.houqin.scheduler.CalendarProperties;

/** The meals' rules in time, without the application: settings merged with defaults, cut-offs, schedules. */
class MealCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void theDefaultsAreBreakfastTheEveningBeforeLunchAndDinner() {
        MealCalendar calendar = calendar(Map.of(), "2027-03-04T08:00");
        assertThat(calendar.meals()).extracting(Meal::id).containsExactly("breakfast", "lunch", "dinner");
        assertThat(local(calendar.cutoff(slot(calendar, "2027-03-05", "breakfast")))).isEqualTo("2027-03-04T18:00");
        assertThat(local(calendar.cutoff(slot(calendar, "2027-03-05", "lunch")))).isEqualTo("2027-03-05T09:30");
        assertThat(local(calendar.cutoff(slot(calendar, "2027-03-05", "dinner")))).isEqualTo("2027-03-05T14:30");
    }

    @Test
    void aSettingChangesOnlyWhatItNamesAndNewMealsFallIntoPlaceByCutoff() {
        MealCalendar calendar = calendar(Map.of(
                "lunch", new MealSetting(null, LocalTime.of(10, 0), null, null, null),
                "breakfast", new MealSetting(null, null, null, null, false),
                "supper", new MealSetting("Night shift supper", LocalTime.of(20, 0), null, null, null)),
                "2027-03-04T08:00");
        assertThat(calendar.meals()).extracting(Meal::id).containsExactly("lunch", "dinner", "supper");
        assertThat(local(calendar.cutoff(slot(calendar, "2027-03-05", "lunch")))).isEqualTo("2027-03-05T10:00");
        assertThat(calendar.meal("supper").orElseThrow().name()).isEqualTo("Night shift supper");
    }

    @Test
    void aMealWithoutACutoffOrWithABadIdIsRefusedAtStart() {
        assertThatThrownBy(() -> calendar(Map.of("tea", new MealSetting(null, null, null, null, null)), "2027-03-04T08:00"))
                .hasMessageContaining("houqin.meal.meals.tea.cutoff is required");
        assertThatThrownBy(() -> calendar(Map.of("Tea Time", new MealSetting(null, LocalTime.NOON, null, null, null)),
                "2027-03-04T08:00")).hasMessageContaining("a meal id is 1 to 20 lower-case letters");
    }

    @Test
    void holidaysAreClosedAndMakeUpDaysOpen() {
        MealCalendar calendar = calendar(Map.of(), "2027-03-04T08:00");
        assertThat(calendar.servesAny(LocalDate.parse("2027-03-09"))).isFalse(); // holiday
        assertThat(calendar.servesAny(LocalDate.parse("2027-03-06"))).isFalse(); // Saturday
        assertThat(calendar.servesAny(LocalDate.parse("2027-03-13"))).isTrue(); // make-up Saturday
    }

    @Test
    void theWindowRunsToTheEndOfNextWeekAndOffersOnlyDaysWithAMealStillOpen() {
        MealCalendar calendar = calendar(Map.of(), "2027-03-04T15:00");
        assertThat(calendar.lastDay()).isEqualTo(LocalDate.parse("2027-03-14"));
        // Thursday: every meal closed by 15:00; Tuesday the 9th a holiday; Saturday the 13th worked
        assertThat(calendar.openDays()).extracting(LocalDate::toString).containsExactly("2027-03-05",
                "2027-03-08", "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13");
    }

    @Test
    void theScheduleFindsTheNextCutoffAndALateRunEveryCutoffItMissed() {
        MealCalendar calendar = calendar(Map.of(), "2027-03-05T15:00");
        Instant fridayAfternoon = at("2027-03-05T15:00");
        // Friday 18:00 is Saturday's breakfast cut-off, not served: next is Sunday 18:00 for Monday
        assertThat(local(calendar.nextCutoffAfter(fridayAfternoon, Duration.ZERO))).isEqualTo("2027-03-07T18:00");
        assertThat(local(calendar.nextCutoffAfter(fridayAfternoon, Duration.ofHours(1)))).isEqualTo("2027-03-07T17:00");
        // Monday's lunch reminder, then Monday's dinner
        assertThat(local(calendar.nextCutoffAfter(at("2027-03-08T08:30"), Duration.ofHours(1))))
                .isEqualTo("2027-03-08T13:30");

        List<Slot> missed = calendar.cutoffsBetween(at("2027-03-08T09:30"), at("2027-03-08T19:00"), Duration.ZERO);
        assertThat(missed).extracting(Slot::key).containsExactly("2027-03-08:lunch", "2027-03-08:dinner");
        // Monday 18:00 would close Tuesday's breakfast, but Tuesday is a holiday
        assertThat(calendar.cutoffsBetween(at("2027-03-08T17:00"), at("2027-03-08T19:00"), Duration.ZERO)).isEmpty();
    }

    @Test
    void aCutoffThatFallsWhileARunIsBusyIsHandledInThatRun() {
        // the run starts at Monday 09:30; handling lunch takes until 14:31, past dinner's cut-off
        Instant[] now = {at("2027-03-08T09:30")};
        MealCalendar calendar = calendar(Map.of(), new Clock() {
            @Override
            public ZoneId getZone() {
                return SHANGHAI;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        List<String> handled = new java.util.ArrayList<>();
        calendar.forEachDue(at("2027-03-08T09:30"), Duration.ZERO, slot -> {
            handled.add(slot.key());
            now[0] = at("2027-03-08T14:31");
        });
        assertThat(handled).containsExactly("2027-03-08:lunch", "2027-03-08:dinner");
    }

    private static MealCalendar calendar(Map<String, MealSetting> meals, String now) {
        return calendar(meals, Clock.fixed(at(now), SHANGHAI));
    }

    private static MealCalendar calendar(Map<String, MealSetting> meals, Clock clock) {
        MealProperties properties = new MealProperties(meals, WEEKDAYS, Duration.ofHours(1), 1, 30, List.of(),
                Duration.ofDays(90));
        CalendarProperties calendarProperties = new CalendarProperties(SHANGHAI, new CalendarProperties.Calendar(
                WEEKDAYS, List.of(LocalDate.parse("2027-03-09")), List.of(LocalDate.parse("2027-03-13")),
                LocalTime.of(8, 30), LocalTime.of(17, 30)));
        return new MealCalendar(properties, calendarProperties.toCalendar(), calendarProperties, clock);
    }

    private static Slot slot(MealCalendar calendar, String date, String meal) {
        return calendar.slot(date, meal).orElseThrow();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI).toString();
    }
}
