package com.houqin.meal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.houqin.people.Person;

/**
 * Standing registrations ("every working day: lunch"). Until a meal's cut-off they count
 * wherever the person has not answered otherwise; at the cut-off they are written down as
 * registrations, so a later change of the plan does not change a meal already counted.
 */
@Component
class StandingRegistrations {

    private final MealCalendar calendar;
    private final MealProfiles profiles;
    private final MealRegistrations registrations;

    StandingRegistrations(MealCalendar calendar, MealProfiles profiles, MealRegistrations registrations) {
        this.calendar = calendar;
        this.profiles = profiles;
        this.registrations = registrations;
    }

    /**
     * Whether the plan registers the person for the slot: the meal and weekday are in it, the
     * canteen serves that day (so holidays are skipped), and the plan was set before the cut-off.
     */
    boolean covers(MealProfile profile, Slot slot) {
        return profile.hasPlan() && profile.planNames(slot) && calendar.serves(slot)
                && (profile.standingSince() == null || profile.standingSince().isBefore(calendar.cutoff(slot)));
    }

    /** Writes down the standing registrations of the slot for everyone here who has not answered otherwise. */
    int makeFirm(Slot slot, Map<Long, Person> people) {
        List<MealProfile> covered = profiles.withPlans().stream()
                .filter(p -> people.containsKey(p.personId()) && covers(p, slot)).toList();
        Set<String> answered = registrations.byIds(covered.stream()
                .map(p -> slot.registrationId(p.personId())).toList()).keySet();
        int written = 0;
        for (MealProfile p : covered) {
            if (!answered.contains(slot.registrationId(p.personId()))
                    && registrations.insertIfAbsent(p.personId(), slot, canteenOf(p))) {
                written++;
            }
        }
        return written;
    }

    /**
     * After a plan changed: the old plan still holds for meals whose cut-off has passed but
     * that were not written down yet (the cut-off task runs a little after the cut-off).
     */
    void keepForPassedCutoffs(MealProfile before) {
        if (!before.hasPlan()) {
            return;
        }
        Instant now = calendar.now();
        for (Slot slot : calendar.cutoffsBetween(now.minus(Duration.ofDays(1)), now, Duration.ZERO)) {
            if (covers(before, slot)) {
                registrations.insertIfAbsent(before.personId(), slot, canteenOf(before));
            }
        }
    }

    /** The canteen a person eats in: theirs if still offered, else the first; null with one canteen. */
    String canteenOf(MealProfile profile) {
        List<String> canteens = calendar.canteens();
        if (canteens.isEmpty()) {
            return null;
        }
        return canteens.contains(profile.canteen()) ? profile.canteen() : canteens.get(0);
    }
}
