package com.houqin.meal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.PendingNotice;

/**
 * A person's answer for one meal on one day: eating or not, and how many guests they bring.
 * The id is "{person}:{date}:{meal}", so there is at most one per person and meal, and the
 * same registration sent twice changes nothing. Changed only by single-document updates in
 * {@link MealRegistrations}; a cook adding someone writes the notice to that person with it.
 */
// the relay sweeps documents whose notices are still waiting
@CompoundIndex(name = "notices_waiting", def = "{'notices.0': 1}", sparse = true)
@Document("meal_registrations")
record MealRegistration(
        @Id String id,
        long personId,
        String date,
        String meal,
        boolean eating,
        int guests,
        String guestNote,
        Source source,
        boolean late,
        String canteen,
        Instant updatedAt,
        Long updatedBy,
        List<PendingNotice> notices) implements CarriesNotices {

    MealRegistration {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    enum Source {
        /** The person, in /meal. */
        SELF,
        /** Their standing registration, made firm at the cut-off. */
        STANDING,
        /** A button on a reminder. */
        REMINDER,
        /** A cook, after the cut-off. */
        COOK
    }
}
