package com.houqin.meal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's meal settings, kept beside their {@code people} record: dietary notes, whether
 * they want reminders, their canteen, and their standing registration (these meals on these
 * weekdays, since {@code standingSince}). {@code version} guards changes to the standing
 * registration, which are read-modify-write.
 */
@Document("meal_profiles")
record MealProfile(
        @Id long personId,
        Set<Diet> diet,
        String allergies,
        Boolean remindersOff,
        String canteen,
        Set<String> standingMeals,
        Set<DayOfWeek> standingDays,
        Instant standingSince,
        Integer version) {

    MealProfile {
        diet = diet == null || diet.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(diet));
        remindersOff = Boolean.TRUE.equals(remindersOff);
        standingMeals = standingMeals == null ? Set.of() : Set.copyOf(standingMeals);
        standingDays = standingDays == null || standingDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(standingDays));
        version = version == null ? 0 : version;
    }

    static MealProfile empty(long personId) {
        return new MealProfile(personId, null, null, false, null, null, null, null, 0);
    }

    boolean wantsReminders() {
        return !remindersOff;
    }

    boolean hasPlan() {
        return !standingMeals.isEmpty() && !standingDays.isEmpty();
    }

    /** Whether the standing registration names this meal on this weekday (serving is checked elsewhere). */
    boolean planNames(Slot slot) {
        return standingMeals.contains(slot.meal().id()) && standingDays.contains(slot.date().getDayOfWeek());
    }

    boolean hasDietaryNotes() {
        return !diet.isEmpty() || (allergies != null && !allergies.isBlank());
    }

    MealProfile withPlan(Set<String> meals, Set<DayOfWeek> days, Instant since) {
        return new MealProfile(personId, diet, allergies, remindersOff, canteen, meals, days, since, version);
    }
}
