package com.houqin.meal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.people.People;
import com.houqin.people.Person;

/**
 * Counts a meal: everyone approved, by the ids of their registrations for it (one lookup per
 * person, not a scan of all registrations), with standing registrations where they did not
 * answer otherwise.
 */
@Component
class Headcounts {

    private static final String NO_DEPARTMENT = "—";

    private final People people;
    private final MealCalendar calendar;
    private final MealRegistrations registrations;
    private final MealProfiles profiles;
    private final StandingRegistrations standing;
    private final MealTallies tallies;

    Headcounts(People people, MealCalendar calendar, MealRegistrations registrations, MealProfiles profiles,
               StandingRegistrations standing, MealTallies tallies) {
        this.people = people;
        this.calendar = calendar;
        this.registrations = registrations;
        this.profiles = profiles;
        this.standing = standing;
        this.tallies = tallies;
    }

    Map<Long, Person> approvedPeople() {
        return people.approved().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    Headcount count(Slot slot) {
        return count(slot, approvedPeople());
    }

    Headcount count(Slot slot, Map<Long, Person> everyone) {
        Map<Long, MealProfile> settings = profiles.all();
        Map<String, MealRegistration> found = registrations.byIds(everyone.keySet().stream()
                .map(slot::registrationId).toList());
        Tally tally = new Tally();
        List<Person> sorted = everyone.values().stream()
                .sorted(Comparator.comparing(Person::displayName)).toList();
        for (Person person : sorted) {
            MealProfile profile = settings.getOrDefault(person.id(), MealProfile.empty(person.id()));
            MealRegistration r = found.get(slot.registrationId(person.id()));
            boolean eating = r != null ? r.eating() : standing.covers(profile, slot);
            int guests = r != null ? r.guests() : 0;
            if (eating || guests > 0) {
                String canteen = r != null && r.canteen() != null ? r.canteen() : standing.canteenOf(profile);
                tally.add(person, profile, eating, guests, r, canteen);
            }
        }
        return new Headcount(slot, calendar.cutoff(slot), !calendar.isOpen(slot), tally.people, tally.guests,
                groups(tally.departments), groups(tally.canteens), tally.diets, tally.allergies, tally.guestNotes,
                tally.late, tallies.find(slot));
    }

    private static List<Headcount.Group> groups(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new Headcount.Group(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static final class Tally {
        int people;
        int guests;
        final Map<String, int[]> departments = new TreeMap<>();
        final Map<String, int[]> canteens = new TreeMap<>();
        final Map<Diet, Integer> diets = new EnumMap<>(Diet.class);
        final List<Headcount.Note> allergies = new ArrayList<>();
        final List<Headcount.Note> guestNotes = new ArrayList<>();
        final List<String> late = new ArrayList<>();

        void add(Person person, MealProfile profile, boolean eating, int guestCount, MealRegistration r,
                 String canteen) {
            String department = person.department() == null ? NO_DEPARTMENT : person.department();
            int self = eating ? 1 : 0;
            people += self;
            guests += guestCount;
            add(departments, department, self, guestCount);
            if (canteen != null) {
                add(canteens, canteen, self, guestCount);
            }
            if (eating) {
                profile.diet().forEach(d -> diets.merge(d, 1, Integer::sum));
                if (profile.allergies() != null && !profile.allergies().isBlank()) {
                    allergies.add(new Headcount.Note(person.displayName(), department, 0, profile.allergies()));
                }
            }
            if (guestCount > 0) {
                guestNotes.add(new Headcount.Note(person.displayName(), department, guestCount, r.guestNote()));
            }
            if (r != null && r.late()) {
                late.add(person.displayName());
            }
        }

        private static void add(Map<String, int[]> counts, String name, int self, int guestCount) {
            int[] c = counts.computeIfAbsent(name, n -> new int[2]);
            c[0] += self;
            c[1] += guestCount;
        }
    }
}
