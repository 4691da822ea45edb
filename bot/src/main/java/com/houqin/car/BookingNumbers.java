package com.houqin.car;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Hands out booking numbers (#1, #2, …), one atomic increment each. */
@Component
class BookingNumbers {

    private static final String COLLECTION = "car_counters";

    private final MongoTemplate mongo;

    BookingNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    int next() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("booking")),
                new Update().inc("value", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return ((Number) counter.get("value")).intValue();
    }
}
