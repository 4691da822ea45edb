package com.houqin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.telegram.Outgoing;

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

    /** Whether a message with this key was queued or delivered already. */
    public boolean knows(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), OutboxMessage.class) || alreadyDone(key);
    }

    boolean alreadyDone(String key) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key)), DeliveryRecord.class);
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
