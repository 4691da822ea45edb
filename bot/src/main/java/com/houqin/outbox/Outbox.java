package com.houqin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.telegram.Outgoing;
import com.houqin.telegram.SendProgress;

/**
 * Where features put what the bot sends on its own. Written to MongoDB first, delivered by the
 * {@link OutboxSender}; a key already queued or delivered is not queued again.
 */
@Component
public class Outbox {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Object wake = new Object();
    private final AtomicLong lastCreatedAt = new AtomicLong();

    public Outbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Queues a notification; false if one with the same key was queued or delivered before. */
    public boolean enqueue(Notification n) {
        return enqueue(n.key(), n.group(), n.chatId(), null, n.message());
    }

    /**
     * Brings every copy of a group's news up to date (e.g. "taken by Wang" on the other
     * technicians' job cards, with the buttons gone): copies not sent yet are sent in the new
     * form, copies already delivered are edited. {@code editName} makes each edit's key.
     */
    public void updateGroup(String group, String editName, LongFunction<Outgoing> contentForChat) {
        GroupMembers members = mongo.findById(group, GroupMembers.class);
        if (members == null) {
            return;
        }
        for (String key : members.keys()) {
            OutboxMessage queued = mongo.findById(key, OutboxMessage.class);
            if (queued != null) {
                Outgoing content = contentForChat.apply(queued.chatId());
                Update replace = new Update().set("text", content.text()).set("keyboard", content.keyboard());
                boolean replaced = mongo.updateFirst(Query.query(Criteria.where("_id").is(key)
                        .and("status").is(OutboxStatus.PENDING)), replace, OutboxMessage.class).getModifiedCount() > 0;
                if (replaced) {
                    continue;
                }
                mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("status").is(OutboxStatus.SENDING)),
                        Update.update("pendingEdit", new OutboxMessage.Replacement(editKey(key, editName),
                                content.text(), content.keyboard())), OutboxMessage.class);
            }
            GroupCopy delivered = mongo.findById(key, GroupCopy.class);
            if (delivered != null) {
                enqueue(editKey(key, editName), null, delivered.chatId(), delivered.messageId(),
                        contentForChat.apply(delivered.chatId()));
            }
        }
    }

    /**
     * Counts a message sent directly (such as a card answering a button) as a copy of the group's
     * news, so that {@link #updateGroup} edits it with the others.
     */
    public void remember(String group, long chatId, int messageId) {
        String key = group + "@" + chatId + ":" + messageId;
        Instant now = clock.instant();
        join(group, key, now);
        try {
            mongo.insert(new GroupCopy(key, group, chatId, messageId, now));
        } catch (DuplicateKeyException rememberedBefore) {
            // the same message, handled again
        }
    }

    private void join(String group, String key, Instant now) {
        Query byGroup = Query.query(Criteria.where("_id").is(group));
        Update member = new Update().addToSet("keys", key).set("at", now);
        try {
            mongo.upsert(byGroup, member, GroupMembers.class);
        } catch (DuplicateKeyException startedMeanwhile) {
            mongo.updateFirst(byGroup, member, GroupMembers.class);
        }
    }

    boolean enqueueEdit(String key, long chatId, int messageId, Outgoing content) {
        return enqueue(key, null, chatId, messageId, content);
    }

    private boolean enqueue(String key, String group, long chatId, Integer editOf, Outgoing message) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(key)), DeliveryRecord.class)) {
            return false;
        }
        Instant now = clock.instant();
        if (group != null) {
            join(group, key, now);
        }
        try {
            mongo.insert(OutboxMessage.queued(key, group, chatId, editOf, message, nextCreatedAt(), now));
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
        if (mongo.exists(Query.query(Criteria.where("_id").is(key)), DeliveryRecord.class)) {
            // delivered and taken out of the queue between the check above and the insert
            mongo.remove(Query.query(Criteria.where("_id").is(key).and("status").is(OutboxStatus.PENDING)),
                    OutboxMessage.class);
            return false;
        }
        wakeSender();
        return true;
    }

    /**
     * When a message is queued: strictly later than the one queued before it here, since the store
     * keeps milliseconds and a chat's messages are delivered in this order — two queued in the
     * same millisecond could otherwise overtake each other.
     */
    private Instant nextCreatedAt() {
        long now = clock.millis();
        return Instant.ofEpochMilli(lastCreatedAt.updateAndGet(previous -> Math.max(previous + 1, now)));
    }

    static String editKey(String key, String editName) {
        return key + "#" + editName;
    }

    /** How many messages wait to be delivered. */
    public long queued() {
        return mongo.count(new Query(), OutboxMessage.class);
    }

    void wakeSender() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    void awaitWork(long millis) throws InterruptedException {
        synchronized (wake) {
            wake.wait(millis);
        }
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

    /** Whether a message with this key was queued or delivered already. */
    public boolean knows(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), OutboxMessage.class) || alreadyDone(key);
    }

    boolean alreadyDone(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), DeliveryRecord.class);
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

    public long forgetHistoryOlderThan(Duration age) {
        Query old = Query.query(Criteria.where("at").lt(clock.instant().minus(age)));
        mongo.remove(old, GroupCopy.class);
        mongo.remove(old, GroupMembers.class);
        return mongo.remove(old, DeliveryRecord.class).getDeletedCount();
    }

    Instant now() {
        return clock.instant();
    }
}
