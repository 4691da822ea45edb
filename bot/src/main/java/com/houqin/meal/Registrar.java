package com.houqin.meal;

import java.util.Objects;

import org.springframework.stereotype.Component;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.people.Person;

/** Takes registrations under the canteen's rules: served days, the window, and the cut-off. */
@Component
class Registrar {

    enum Outcome {
        SAVED,
        /** It already was so: nothing changed. */
        UNCHANGED,
        /** The cut-off has passed. */
        LOCKED,
        /** The canteen does not serve this meal that day. */
        NOT_SERVED,
        /** In the past, or beyond the days that can be registered for. */
        OUT_OF_WINDOW
    }

    private final MealCalendar calendar;
    private final MealRegistrations registrations;
    private final MealProfiles profiles;
    private final StandingRegistrations standing;

    Registrar(MealCalendar calendar, MealRegistrations registrations, MealProfiles profiles,
              StandingRegistrations standing) {
        this.calendar = calendar;
        this.registrations = registrations;
        this.profiles = profiles;
        this.standing = standing;
    }

    Outcome check(Slot slot) {
        if (!calendar.inWindow(slot.date())) {
            return Outcome.OUT_OF_WINDOW;
        }
        if (!calendar.serves(slot)) {
            return Outcome.NOT_SERVED;
        }
        return calendar.isOpen(slot) ? null : Outcome.LOCKED;
    }

    /** The person registers (or cancels) for themself. */
    Outcome setEating(Person person, Slot slot, boolean eating, Source source) {
        Outcome refused = check(slot);
        if (refused != null) {
            return refused;
        }
        MealProfile profile = profiles.get(person.id());
        MealRegistration before = registrations.setEating(person.id(), slot, eating, source, false,
                standing.canteenOf(profile), person.id());
        boolean was = before != null ? before.eating() : standing.covers(profile, slot);
        return was == eating ? Outcome.UNCHANGED : Outcome.SAVED;
    }

    Outcome setGuests(Person person, Slot slot, int guests, String note) {
        Outcome refused = check(slot);
        if (refused != null) {
            return refused;
        }
        MealProfile profile = profiles.get(person.id());
        MealRegistration before = registrations.setGuests(person.id(), slot, guests, note,
                standing.covers(profile, slot), standing.canteenOf(profile), person.id());
        return before != null && before.guests() == guests && Objects.equals(before.guestNote(), note)
                ? Outcome.UNCHANGED : Outcome.SAVED;
    }

    /** A cook adds someone, also after the cut-off (then marked late). */
    Outcome addByCook(Person cook, Person eater, Slot slot) {
        if (!calendar.serves(slot)) {
            return Outcome.NOT_SERVED;
        }
        if (slot.date().isBefore(calendar.today()) || slot.date().isAfter(calendar.lastDay())) {
            return Outcome.OUT_OF_WINDOW;
        }
        MealProfile profile = profiles.get(eater.id());
        MealRegistration current = registrations.find(eater.id(), slot).orElse(null);
        if (current != null ? current.eating() : standing.covers(profile, slot)) {
            return Outcome.UNCHANGED;
        }
        registrations.addByCook(eater.id(), slot, !calendar.isOpen(slot), standing.canteenOf(profile), cook);
        return Outcome.SAVED;
    }
}
