package com.houqin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.telegram.SendProgress;

/**
 * The sender's side of the outbox: a worker claims a due message (one atomic findAndModify, so
 * several workers and instances never take the same one), records each part delivered, and takes
 * the message out with its outcome or puts it back for later. Every change names the claim's owner,
 * so a worker whose claim was taken over changes nothing.
 */
@Component
class OutboxClaims {

    private final MongoTemplate mongo;
    private final Clock clock;

    OutboxClaims(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Takes the oldest message that is due: waiting, or being sent by an instance that died, or (a
     * backstop for a stuck instance) held longer than the lease. Chats that cannot be written to
     * yet ({@code busyChats}, paced or paused) are passed over, so their waiting messages are not
     * taken and put back again and again.
     */
    OutboxMessage claimNext(String owner, String instance, Set<String> deadInstances, Set<Long> busyChats,
                            Duration lease) {
        Instant now = clock.instant();
        Query due = Query.query(new Criteria().orOperator(
                        Criteria.where("status").is(OutboxStatus.PENDING).and("nextAttemptAt").lte(now),
                        Criteria.where("status").is(OutboxStatus.SENDING).and("leaseInstance").in(deadInstances),
                        Criteria.where("status").is(OutboxStatus.SENDING).and("leaseUntil").lt(now)))
                .with(Sort.by("createdAt"));
        if (!busyChats.isEmpty()) {
            due.addCriteria(Criteria.where("chatId").nin(busyChats));
        }
        Update take = new Update().set("status", OutboxStatus.SENDING).set("leaseUntil", now.plus(lease))
                .set("leaseOwner", owner).set("leaseInstance", instance);
        return mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(true), OutboxMessage.class);
    }

    /** Records that part of a message was delivered, so it is not sent again. */
    void recordProgress(OutboxMessage m, String owner, SendProgress progress) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(m.key()).and("leaseOwner").is(owner)),
                new Update().set("photosDone", progress.photosDone()).set("partsDone", progress.partsDone())
                        .set("sentMessageId", progress.messageId()), OutboxMessage.class);
    }

    /** The oldest message to the same chat queued before this one, if any: it must go first. */
    OutboxMessage olderForSameChat(OutboxMessage m) {
        Query older = Query.query(Criteria.where("chatId").is(m.chatId()).and("createdAt").lt(m.createdAt()))
                .with(Sort.by("createdAt")).limit(1);
        return mongo.findOne(older, OutboxMessage.class);
    }

    /** Takes the message out of the queue and records the outcome; returns the message as it was. */
    OutboxMessage finish(OutboxMessage m, String owner, DeliveryRecord.Outcome outcome, Integer messageId, String error) {
        try {
            mongo.insert(new DeliveryRecord(m.key(), m.group(), m.chatId(), messageId, outcome, error, clock.instant()));
        } catch (DuplicateKeyException recordedBefore) {
            // a takeover after a lost lease; the record stands
        }
        if (m.group() != null && messageId != null && outcome == DeliveryRecord.Outcome.DELIVERED) {
            try {
                mongo.insert(new GroupCopy(m.key(), m.group(), m.chatId(), messageId, clock.instant()));
            } catch (DuplicateKeyException recordedBefore) {
                // as above
            }
        }
        return mongo.findAndRemove(Query.query(Criteria.where("_id").is(m.key()).and("leaseOwner").is(owner)),
                OutboxMessage.class);
    }

    void drop(OutboxMessage m) {
        mongo.remove(Query.query(Criteria.where("_id").is(m.key())), OutboxMessage.class);
    }

    /** Puts the message back in the queue, due at {@code when}; counts an attempt if asked. */
    void retryAt(OutboxMessage m, String owner, Instant when, boolean countAttempt, String error) {
        Update update = new Update().set("status", OutboxStatus.PENDING).set("nextAttemptAt", when)
                .set("leaseUntil", null).set("leaseOwner", null).set("leaseInstance", null).set("lastError", error);
        if (countAttempt) {
            update.inc("attempts", 1);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(m.key()).and("leaseOwner").is(owner)), update,
                OutboxMessage.class);
    }

    /**
     * Telegram asked to leave a chat alone until {@code until}: its waiting messages are not due
     * before then, for whichever instance sends next.
     */
    void pauseChat(long chatId, Instant until) {
        mongo.updateMulti(Query.query(Criteria.where("chatId").is(chatId).and("status").is(OutboxStatus.PENDING)
                .and("nextAttemptAt").lt(until)), Update.update("nextAttemptAt", until), OutboxMessage.class);
    }
}
