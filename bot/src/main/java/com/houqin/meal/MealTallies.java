package com.houqin.meal;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** One small document per meal served: final counts and served counts. */
@Component
class MealTallies {

    private final MongoTemplate mongo;
    private final Clock clock;

    MealTallies(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    MealTally find(Slot slot) {
        return mongo.findById(slot.key(), MealTally.class);
    }

    Map<String, MealTally> byKeys(Collection<String> keys) {
        return mongo.find(Query.query(Criteria.where("_id").in(keys)), MealTally.class).stream()
                .collect(Collectors.toMap(MealTally::id, Function.identity()));
    }

    void recordFinal(Slot slot, int people, int guests) {
        upsert(slot, new Update().set("finalPeople", people).set("finalGuests", guests)
                .set("closedAt", clock.instant()));
    }

    MealTally recordServed(Slot slot, int served, int registered, long cookId) {
        return upsert(slot, new Update().set("served", served).set("registeredWhenServed", registered)
                .set("servedBy", cookId).set("servedAt", clock.instant()));
    }

    private MealTally upsert(Slot slot, Update update) {
        update.setOnInsert("date", slot.date().toString()).setOnInsert("meal", slot.meal().id());
        Query byId = Query.query(Criteria.where("_id").is(slot.key()));
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        try {
            return mongo.findAndModify(byId, update, options, MealTally.class);
        } catch (DuplicateKeyException insertedMeanwhile) {
            return mongo.findAndModify(byId, update, options, MealTally.class);
        }
    }
}
