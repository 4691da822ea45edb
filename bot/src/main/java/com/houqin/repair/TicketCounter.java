package com.houqin.repair;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The ticket number counter: one atomic $inc per ticket, so numbers never repeat. */
@Document("counters")
record TicketCounter(@Id String name, long value) {

    /** Numbers start above this, so every ticket number has four digits or more. */
    static final long FIRST = 1000;

    static long nextNumber(MongoTemplate mongo) {
        TicketCounter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("repair")),
                new Update().inc("value", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                TicketCounter.class);
        return FIRST + counter.value();
    }
}
