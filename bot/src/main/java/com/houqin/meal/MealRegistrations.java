package com.houqin.meal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.meal.MealRegistration.Source;
import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.NoticeRelay;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.Person;

/**
 * The registrations. Every change is one upsert of one document keyed by person, date and
 * meal; reads go by id (a day's registrations are looked up by the ids of the people who could
 * have one), since the embedded store has no secondary indexes to find them by date.
 */
@Component
class MealRegistrations {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final NoticeRelay relay;

    MealRegistrations(MongoTemplate mongo, Clock clock, NoticeRelay relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.relay = relay;
    }

    Optional<MealRegistration> find(long personId, Slot slot) {
        return Optional.ofNullable(mongo.findById(slot.registrationId(personId), MealRegistration.class));
    }

    /** The registrations with these ids that exist, by id. */
    Map<String, MealRegistration> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), MealRegistration.class).stream()
                .collect(Collectors.toMap(MealRegistration::id, Function.identity()));
    }

    /**
     * Sets whether the person eats; returns the registration as it was before (null if there
     * was none). Guests are left as they are.
     */
    MealRegistration setEating(long personId, Slot slot, boolean eating, Source source, boolean late, String canteen,
                               long actor) {
        Update update = new Update().set("eating", eating).set("source", source).set("canteen", canteen)
                .set("updatedAt", clock.instant()).set("updatedBy", actor)
                .setOnInsert("guests", 0);
        if (late) {
            update.set("late", true);
        } else {
            update.setOnInsert("late", false);
        }
        return upsert(personId, slot, update);
    }

    /**
     * A cook adds the person (also after the cut-off, then marked late); they are told by whom, with
     * the change. Returns the registration as it was before.
     */
    MealRegistration addByCook(long personId, Slot slot, boolean late, String canteen, Person cook) {
        Update update = new Update().set("eating", true).set("source", Source.COOK).set("canteen", canteen)
                .set("updatedAt", clock.instant()).set("updatedBy", cook.id()).setOnInsert("guests", 0)
                .push(CarriesNotices.FIELD, PendingNotice.of(MealNotices.ADDED_BY_COOK,
                        Map.of("cook", cook.displayName()), clock.instant()));
        if (late) {
            update.set("late", true);
        } else {
            update.setOnInsert("late", false);
        }
        MealRegistration before = upsert(personId, slot, update);
        find(personId, slot).ifPresent(relay::relay);
        return before;
    }

    /**
     * Sets the guests the person brings; a new registration gets {@code eatingIfNew} for the
     * person themself (what their standing registration says). Returns the registration before.
     */
    MealRegistration setGuests(long personId, Slot slot, int guests, String note, boolean eatingIfNew, String canteen,
                               long actor) {
        Update update = new Update().set("guests", guests).set("guestNote", guests == 0 ? null : note)
                .set("canteen", canteen).set("updatedAt", clock.instant()).set("updatedBy", actor)
                .setOnInsert("eating", eatingIfNew).setOnInsert("source", eatingIfNew ? Source.STANDING : Source.SELF)
                .setOnInsert("late", false);
        return upsert(personId, slot, update);
    }

    /** Writes a standing registration unless the person already answered; true if written. */
    boolean insertIfAbsent(long personId, Slot slot, String canteen) {
        try {
            mongo.insert(new MealRegistration(slot.registrationId(personId), personId, slot.date().toString(),
                    slot.meal().id(), true, 0, null, Source.STANDING, false, canteen, clock.instant(), null, List.of()));
            return true;
        } catch (DuplicateKeyException answered) {
            return false;
        }
    }

    /** Moves the person's registrations with these ids to another canteen. */
    void moveToCanteen(Collection<String> ids, String canteen) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), Update.update("canteen", canteen),
                    MealRegistration.class);
        }
    }

    long remove(List<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return mongo.remove(Query.query(Criteria.where("_id").in(ids)), MealRegistration.class).getDeletedCount();
    }

    private MealRegistration upsert(long personId, Slot slot, Update update) {
        update.setOnInsert("personId", personId).setOnInsert("date", slot.date().toString())
                .setOnInsert("meal", slot.meal().id());
        Query byId = Query.query(Criteria.where("_id").is(slot.registrationId(personId)));
        FindAndModifyOptions before = FindAndModifyOptions.options().upsert(true).returnNew(false);
        try {
            return mongo.findAndModify(byId, update, before, MealRegistration.class);
        } catch (DuplicateKeyException insertedMeanwhile) {
            // two upserts of a new id at once: one inserted, this one now updates
            return mongo.findAndModify(byId, update, before, MealRegistration.class);
        }
    }
}
