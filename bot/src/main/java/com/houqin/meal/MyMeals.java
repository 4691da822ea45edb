package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** A person's meals over the days that can be registered for, as they stand. */
@Component
class MyMeals {

    private final MealCalendar calendar;
    private final MealRegistrations registrations;
    private final MealProfiles profiles;
    private final StandingRegistrations standing;

    MyMeals(MealCalendar calendar, MealRegistrations registrations, MealProfiles profiles,
            StandingRegistrations standing) {
        this.calendar = calendar;
        this.registrations = registrations;
        this.profiles = profiles;
        this.standing = standing;
    }

    /** From today to the end of the window. */
    List<MyMeal> upcoming(long personId) {
        return of(personId, calendar.windowSlots());
    }

    List<MyMeal> on(long personId, LocalDate date) {
        return of(personId, calendar.slotsOn(date));
    }

    MyMeal of(long personId, Slot slot) {
        return of(personId, List.of(slot)).get(0);
    }

    List<MyMeal> of(long personId, List<Slot> slots) {
        MealProfile profile = profiles.get(personId);
        Map<String, MealRegistration> found = registrations.byIds(slots.stream()
                .map(s -> s.registrationId(personId)).toList());
        return slots.stream().map(slot -> {
            MealRegistration r = found.get(slot.registrationId(personId));
            boolean open = calendar.isOpen(slot);
            if (r != null) {
                return new MyMeal(slot, r.eating(), r.guests(), r.guestNote(),
                        r.source() == MealRegistration.Source.STANDING, true, open);
            }
            boolean planned = standing.covers(profile, slot);
            return new MyMeal(slot, planned, 0, null, planned, false, open);
        }).toList();
    }
}
