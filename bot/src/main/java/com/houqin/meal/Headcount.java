package com.houqin.meal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The count for one meal as the cooks see it: people and guests, by department (and canteen),
 * dietary needs of those eating, who brings guests and why, who was added late.
 */
record Headcount(
        Slot slot,
        Instant cutoff,
        boolean closed,
        int people,
        int guests,
        List<Group> departments,
        List<Group> canteens,
        Map<Diet, Integer> diets,
        List<Note> allergies,
        List<Note> guestNotes,
        List<String> late,
        MealTally tally) {

    int total() {
        return people + guests;
    }

    /** A part of the count: a department or a canteen. */
    record Group(String name, int people, int guests) {
        int total() {
            return people + guests;
        }
    }

    /** A line about one person: their allergies, or the guests they bring. */
    record Note(String who, String department, int count, String text) {
    }
}
