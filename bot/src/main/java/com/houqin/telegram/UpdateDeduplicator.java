package com.houqin.telegram;

import java.time.Clock;
import java.time.Duration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Telegram may deliver an update twice (a retried poll, a restart before the offset was
 * confirmed, two webhook instances). The first to record its id handles it; others skip it.
 */
@Component
public class UpdateDeduplicator {

    private final MongoTemplate mongo;
    private final Clock clock;

    public UpdateDeduplicator(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** True the first time an update id is seen. */
    public boolean firstTime(int updateId) {
        try {
            mongo.insert(new ProcessedUpdate(updateId, clock.instant()));
            return true;
        } catch (DuplicateKeyException seenBefore) {
            return false;
        }
    }

    public long forgetOlderThan(Duration age) {
        return mongo.remove(Query.query(Criteria.where("receivedAt").lt(clock.instant().minus(age))),
                ProcessedUpdate.class).getDeletedCount();
    }
}
