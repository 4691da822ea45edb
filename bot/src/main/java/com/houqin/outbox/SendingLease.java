package com.houqin.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * Which instance sends the outbox: one document in {@code leases}, naming its holder, taken and kept
 * as the polling lease is (when nobody holds it, when its holder released it, or when its holder is
 * dead by {@link LiveInstances}). Only the holder's workers claim messages, so Telegram's limits,
 * kept in the holder's memory ({@link SendPacing}), hold for the bot as a whole at no cost per
 * message. What must outlive a holder is written here: on a normal stop the chats still paced or
 * paused ({@code chats}), and at any time a pause of the whole bot Telegram asked for
 * ({@code slowUntil}).
 */
final class SendingLease {

    static final String ID = "outbox-sending";

    /** A chat that may not be written to before {@code freeAt}. */
    record ChatFree(long chatId, Instant freeAt) {
    }

    // read and written by _id only
    @Document("leases")
    record Lease(@Id String id, String holder, Instant heldSince, Instant slowUntil, List<ChatFree> chats) {
    }

    /** The lease as this instance took it over: from whom, and what the one before left. */
    record Taken(boolean fromDeadHolder, Instant slowUntil, List<ChatFree> chats) {
    }

    private final MongoTemplate mongo;
    private final LiveInstances instances;
    private final Clock clock;

    SendingLease(MongoTemplate mongo, LiveInstances instances, Clock clock) {
        this.mongo = mongo;
        this.instances = instances;
        this.clock = clock;
    }

    /**
     * Takes or keeps the lease. Null when another living instance holds it; otherwise what the lease
     * said when taken ({@code fromDeadHolder} false and nothing left over when it was held already).
     * Throws when the store fails.
     */
    Taken hold() {
        String me = instances.id();
        Lease before = mongo.findById(ID, Lease.class);
        if (before != null && me.equals(before.holder())) {
            return new Taken(false, null, List.of());
        }
        if (before != null && before.holder() != null && !instances.isDead(before.holder())) {
            return null;
        }
        Query query = Query.query(Criteria.where("_id").is(ID).orOperator(Criteria.where("holder").is(me),
                Criteria.where("holder").is(null), Criteria.where("holder").in(instances.dead())));
        try {
            Lease lease = mongo.findAndModify(query, new Update().set("holder", me).set("heldSince", clock.instant())
                    .unset("chats"), FindAndModifyOptions.options().upsert(true).returnNew(false), Lease.class);
            if (lease == null) {
                return new Taken(false, null, List.of()); // the first holder ever
            }
            return new Taken(lease.holder() != null && !me.equals(lease.holder()), lease.slowUntil(),
                    lease.chats() == null ? List.of() : lease.chats());
        } catch (DuplicateKeyException heldByALivingInstance) {
            return null;
        }
    }

    /** Telegram asked the whole bot to wait: whoever sends next (this holder or the next) waits too. */
    void slowUntil(Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(instances.id())),
                Update.update("slowUntil", until), Lease.class);
    }

    /** A normal stop: another instance may send at once, minding the chats still paced or paused. */
    void release(Map<Long, Instant> busyChats) {
        List<ChatFree> chats = busyChats.entrySet().stream().map(e -> new ChatFree(e.getKey(), e.getValue()))
                .toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID).and("holder").is(instances.id())),
                new Update().unset("holder").set("chats", chats), Lease.class);
    }
}
