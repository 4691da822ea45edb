package com.houqin.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.houqin.store.StoreDurability;

/**
 * Where updates from Telegram arrive. Each is stored (durably) before Telegram is told it
 * arrived: the offset of the next poll only moves past updates that are in the store. An update
 * delivered twice is stored, and so handled, once. Stored updates are handled in order per chat
 * and marked handled when done; those left unhandled by a crash are handled at the next start.
 *
 * <p>While the store is out of reach, arriving updates wait in memory (Telegram still holds them,
 * since their offset is not confirmed), the people who sent them are told an answer will come, and
 * they are stored as soon as the store is back.
 */
@Component
public class InboundUpdates {

    private static final Logger log = LoggerFactory.getLogger(InboundUpdates.class);

    private final MongoTemplate mongo;
    private final StoreDurability durability;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Deque<Update> waiting = new ArrayDeque<>();
    private volatile int storedUpTo;
    /** Updates a failed batch command may have stored, with the arrival time it gave them. */
    private final Map<Integer, Instant> attempted = new ConcurrentHashMap<>();

    public InboundUpdates(MongoTemplate mongo, StoreDurability durability, Clock clock) {
        this.mongo = mongo;
        this.durability = durability;
        this.clock = clock;
    }

    /**
     * Stores a batch from Telegram and returns the updates that are new and now stored, in order,
     * to be handled. What cannot be stored yet is kept and returned by a later call; {@code told}
     * hears of each update that has to wait for the store.
     */
    public synchronized List<StoredUpdate> take(List<Update> updates, Consumer<Update> told) {
        List<Update> arriving = new ArrayList<>(waiting);
        int waitedBefore = waiting.size();
        waiting.clear();
        arriving.addAll(updates);
        List<StoredUpdate> stored = storeAtOnce(arriving);
        if (stored != null) {
            return stored;
        }
        stored = new ArrayList<>();
        for (int i = 0; i < arriving.size(); i++) {
            Update update = arriving.get(i);
            if (update.getUpdateId() == null) {
                continue;
            }
            try {
                StoredUpdate s = store(update);
                if (s != null) {
                    stored.add(s);
                }
                storedUpTo = Math.max(storedUpTo, update.getUpdateId());
            } catch (RuntimeException e) {
                List<Update> rest = arriving.subList(i, arriving.size());
                log.warn("Cannot store {} updates yet ({}); they wait", rest.size(), e.getMessage());
                for (int j = Math.max(i, waitedBefore); j < arriving.size(); j++) {
                    told.accept(arriving.get(j));
                }
                waiting.addAll(rest);
                break;
            }
        }
        if (!stored.isEmpty()) {
            durability.flush();
        }
        return stored;
    }

    /**
     * Stores one update Telegram posted (webhook mode) and makes it durable before the post is
     * answered. Returns it to be handled, or null when it was stored before (a post repeated).
     * Throws when the store cannot take it: the post must then fail, so Telegram sends it again.
     */
    public StoredUpdate takePosted(Update update) {
        if (update.getUpdateId() == null) {
            return null;
        }
        StoredUpdate stored = store(update);
        if (stored != null) {
            durability.flush();
        }
        return stored;
    }

    /** Whether updates wait in memory for the store to come back. */
    public synchronized boolean hasWaiting() {
        return !waiting.isEmpty();
    }

    /**
     * The offset for the next poll: the first update not yet stored. Telegram drops what lies
     * before it, so it never passes an update that is not in the store. Null: Telegram's default
     * (every update not yet confirmed), used at start.
     */
    public synchronized Integer offset() {
        if (!waiting.isEmpty()) {
            return waiting.peekFirst().getUpdateId();
        }
        return storedUpTo == 0 ? null : storedUpTo + 1;
    }

    /**
     * A batch of new updates stored in one command (an insertMany) when it can be: returns them, or
     * null when the batch is a single update, some updates wait already, or the command failed. After
     * a failure the updates are stored one by one, and one the failed command did store (same
     * arrival time, not handled) counts as stored now, not as seen before ({@link #attempted}).
     */
    private List<StoredUpdate> storeAtOnce(List<Update> arriving) {
        if (arriving.size() < 2 || !attempted.isEmpty()) {
            return null;
        }
        Instant now = arrivalTime();
        List<StoredUpdate> batch = new ArrayList<>();
        for (Update update : arriving) {
            if (update.getUpdateId() != null) {
                batch.add(stored(update, now));
            }
        }
        if (batch.size() < 2 || batch.stream().map(StoredUpdate::updateId).distinct().count() < batch.size()) {
            return null;
        }
        try {
            mongo.insert(batch, StoredUpdate.class);
        } catch (RuntimeException e) {
            log.debug("Could not store {} updates at once ({}); one by one", batch.size(), e.getMessage());
            batch.forEach(s -> attempted.put(s.updateId(), now));
            return null;
        }
        for (StoredUpdate s : batch) {
            storedUpTo = Math.max(storedUpTo, s.updateId());
        }
        durability.flush();
        return batch;
    }

    private StoredUpdate store(Update update) {
        Instant triedAt = attempted.get(update.getUpdateId());
        StoredUpdate s = stored(update, triedAt != null ? triedAt : arrivalTime());
        try {
            mongo.insert(s);
            attempted.remove(s.updateId());
            return s;
        } catch (DuplicateKeyException seenBefore) {
            attempted.remove(s.updateId());
            if (triedAt != null) {
                StoredUpdate there = mongo.findById(s.updateId(), StoredUpdate.class);
                if (there != null && !there.handled() && triedAt.equals(there.receivedAt())) {
                    return s; // stored by the batch command that failed
                }
            }
            log.debug("Update {} arrived again; it was stored before", update.getUpdateId());
            return null;
        }
    }

    private StoredUpdate stored(Update update, Instant receivedAt) {
        return new StoredUpdate(update.getUpdateId(), UpdateChats.chatIdOf(update), toJson(update),
                receivedAt, false, null, Map.of());
    }

    /** Now, to the millisecond the store keeps, so a stored arrival time compares equal. */
    private Instant arrivalTime() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The stored updates not handled yet (left by a crash), oldest first. */
    public List<StoredUpdate> unhandled() {
        return mongo.find(Query.query(Criteria.where("handled").is(false)).with(Sort.by("_id")), StoredUpdate.class);
    }

    public void markHandled(int updateId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)),
                new org.springframework.data.mongodb.core.query.Update().set("handled", true)
                        .set("handledAt", clock.instant()), StoredUpdate.class);
    }

    void recordSent(int updateId, int reply, int messageId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(updateId)),
                org.springframework.data.mongodb.core.query.Update.update("sent." + reply, messageId),
                StoredUpdate.class);
    }

    /** The update, ready to be handled (again, when {@code again}), with the replies it already sent. */
    public ReceivedUpdate toHandle(StoredUpdate s, boolean again) {
        Update update = fromJson(s.json());
        return new ReceivedUpdate(update, again, s.sent(), (reply, messageId) -> {
            try {
                recordSent(s.updateId(), reply, messageId);
            } catch (RuntimeException e) {
                log.debug("Could not record reply {} of update {}: {}", reply, s.updateId(), e.getMessage());
            }
        });
    }

    public long forgetHandledOlderThan(Duration age) {
        return mongo.remove(Query.query(Criteria.where("handled").is(true)
                .and("receivedAt").lt(clock.instant().minus(age))), StoredUpdate.class).getDeletedCount();
    }

    private String toJson(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write update " + update.getUpdateId(), e);
        }
    }

    private Update fromJson(String text) {
        try {
            return json.readValue(text, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read a stored update", e);
        }
    }
}
