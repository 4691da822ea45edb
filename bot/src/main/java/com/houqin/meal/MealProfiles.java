package com.houqin.meal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** People's meal settings: one document per person who changed any, each change one atomic update. */
@Component
class MealProfiles {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Clock clock;

    MealProfiles(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    MealProfile get(long personId) {
        MealProfile profile = mongo.findById(personId, MealProfile.class);
        return profile != null ? profile : MealProfile.empty(personId);
    }

    /** Everyone's settings, by person (one document per person who set anything: a small collection). */
    Map<Long, MealProfile> all() {
        return mongo.findAll(MealProfile.class).stream()
                .collect(Collectors.toMap(MealProfile::personId, Function.identity()));
    }

    MealProfile setDiet(long personId, Diet diet, boolean on) {
        Update update = on ? new Update().addToSet("diet", diet) : new Update().pull("diet", diet);
        return upsert(personId, update);
    }

    MealProfile setAllergies(long personId, String allergies) {
        return upsert(personId, Update.update("allergies", allergies));
    }

    MealProfile setRemindersOff(long personId, boolean off) {
        return upsert(personId, Update.update("remindersOff", off));
    }

    MealProfile setCanteen(long personId, String canteen) {
        return upsert(personId, Update.update("canteen", canteen));
    }

    /**
     * Changes the standing registration: read, change, and write back only if nobody changed it
     * in between (the version), else read again. Returns the profile as it was before and after.
     */
    Change changePlan(long personId, UnaryOperator<MealProfile> change) {
        for (int i = 0; i < ATTEMPTS; i++) {
            MealProfile before = get(personId);
            MealProfile after = change.apply(before);
            Update update = new Update().set("standingMeals", after.standingMeals())
                    .set("standingDays", after.standingDays()).set("standingSince", clock.instant())
                    .inc("version", 1);
            Query expected = Query.query(Criteria.where("_id").is(personId).and("version").is(before.version()));
            try {
                MealProfile saved = mongo.findAndModify(expected, update,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), MealProfile.class);
                if (saved != null) {
                    return new Change(before, saved);
                }
            } catch (DuplicateKeyException changedMeanwhile) {
                // the upsert found no document at this version because another change won: read again
            }
        }
        throw new IllegalStateException("standing registration of " + personId + " kept changing");
    }

    record Change(MealProfile before, MealProfile after) {
    }

    List<MealProfile> withPlans() {
        return mongo.findAll(MealProfile.class).stream().filter(MealProfile::hasPlan).toList();
    }

    private MealProfile upsert(long personId, Update update) {
        update.setOnInsert("version", 0);
        Query byId = Query.query(Criteria.where("_id").is(personId));
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(byId, update, options, MealProfile.class);
        } catch (DuplicateKeyException insertedMeanwhile) {
            return mongo.findAndModify(byId, update, options, MealProfile.class);
        }
    }
}
