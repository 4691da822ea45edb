package com.houqin.meal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.meal.*}: the canteen's meals and rules. Meals not configured keep their defaults
 * (breakfast: cut-off 18:00 the day before; lunch 09:30; dinner 14:30), so a deployment sets
 * only what differs, e.g. {@code houqin.meal.meals.lunch.cutoff=10:00}; a new key adds a meal,
 * {@code enabled=false} removes one.
 */
@ConfigurationProperties("houqin.meal")
public record MealProperties(
        @DefaultValue Map<String, MealSetting> meals,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> serviceDays,
        @DefaultValue("1h") Duration reminderLead,
        @DefaultValue("1") int weeksAhead,
        @DefaultValue("30") int maxGuests,
        @DefaultValue List<String> canteens,
        @DefaultValue("90d") Duration keepRegistrations) {

    /**
     * One meal. {@code daysBefore}: the cut-off is that many days before the meal (1 for
     * "the evening before"); {@code days}: the weekdays it is served, when not the canteen's.
     */
    public record MealSetting(String name, LocalTime cutoff, Integer daysBefore, Set<DayOfWeek> days, Boolean enabled) {
    }
}
