package com.houqin.meal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What became of one meal: the final count sent at the cut-off, and how many were served
 * (entered by a cook afterwards) against how many were registered then. Id: the slot's key.
 */
@Document("meal_tallies")
record MealTally(
        @Id String id,
        String date,
        String meal,
        Integer finalPeople,
        Integer finalGuests,
        Instant closedAt,
        Integer served,
        Integer registeredWhenServed,
        Long servedBy,
        Instant servedAt) {

    boolean hasServed() {
        return served != null;
    }
}
