package com.houqin.telegram;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.houqin.scheduler.LiveInstances;

/**
 * Which instance polls Telegram: one document in {@code leases}, naming its holder. An instance
 * takes it when nobody holds it, when its holder released it (a normal stop) or when its holder is
 * dead ({@link LiveInstances}: its heartbeat stood still for {@code houqin.scheduler.dead-after}, as
 * watched on the taker's own clock); it keeps it while it lives. So however many instances poll,
 * Telegram is asked by one at a time (it answers a second poller 409), and a dead one's place is taken
 * within seconds. One atomic operation each: a conditional upsert, which fails with a duplicate key
 * when someone alive holds the lease.
 */
final class PollingLease {

    static final String ID = "telegram-polling";

    @Document("leases")
    record Lease(@Id String id, String holder, Instant heldSince) {
    }

    private final MongoTemplate mongo;
    private final LiveInstances instances;
    private final Clock clock;

    PollingLease(MongoTemplate mongo, LiveInstances instances, Clock clock) {
        this.mongo = mongo;
        this.instances = instances;
        this.clock = clock;
    }

    /** Takes or keeps the lease; whether this instance holds it now. Throws when the store fails. */
    boolean hold() {
        String me = instances.id();
        Query query = Query.query(Criteria.where("_id").is(ID).orOperator(Criteria.where("holder").is(me),
                Criteria.where("holder").is(null), Criteria.where("holder").in(instances.dead())));
        Lease before = mongo.findById(ID, Lease.class);
        if (before != null && me.equals(before.holder())) {
            return true;
        }
        if (before != null && before.holder() != null && !instances.isDead(before.holder())) {
            return false; // held by a living instance: no write (the upsert would only fail)
        }
        try {
            Lease lease = mongo.findAndModify(query, new Update().set("holder", me).set("heldSince", clock.instant()),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class);
            return lease != null && me.equals(lease.holder());
        } catch (DuplicateKeyException heldByALivingInstance) {
            return false;
        }
    }

    /** Who holds the lease now (null: nobody). */
    String holder() {
        Lease lease = mongo.findById(ID, Lease.class);
        return lease == null ? null : lease.holder();
    }

    /** A normal stop: another instance may poll at once. */
    void release() {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(instances.id())),
                new Update().unset("holder"), Lease.class);
    }
}
