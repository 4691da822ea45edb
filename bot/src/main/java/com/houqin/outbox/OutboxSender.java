package com.houqin.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.houqin.scheduler.LiveInstances;
import com.houqin.store.StoreDurability;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.BotApiException;
import com.houqin.telegram.Outgoing;
import com.houqin.telegram.PassingTrouble;

/**
 * Delivers the outbox. A few workers claim due messages one at a time (an atomic claim, so
 * several instances share the work), deliver each chat's messages in the order they were
 * queued, keep Telegram's rates, wait out {@code retry_after} on
 * 429, back off on network errors and 5xx, and mark people who blocked the bot unreachable.
 *
 * <p>A claim belongs to one worker of one living instance; the parts of a message are recorded as
 * they are delivered, and the delivery itself is made durable before the worker takes the next
 * message. So a crash repeats at most the call that was under way, and a restarted instance takes
 * over what the dead one held as soon as it is known to be dead ({@link LiveInstances}).
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** How long a message waits behind an older one to the same chat before it looks again. */
    private static final Duration HEAD_OF_LINE_WAIT = Duration.ofMillis(20);
    /** 429s on this many chats within {@link #MANY_CHATS_WINDOW} pause the whole bot, not just the chats. */
    static final int MANY_CHATS = 3;
    static final Duration MANY_CHATS_WINDOW = Duration.ofSeconds(2);

    private final Outbox outbox;
    private final BotApi api;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final SendPacing pacing;
    private final LiveInstances instances;
    private final StoreDurability durability;
    private final SendingLease lease;
    private final Clock clock;
    private final List<Thread> workers = new ArrayList<>();
    private final Deque<long[]> recentTooMany = new ArrayDeque<>();
    private final Object leaseLock = new Object();
    private volatile boolean running;
    private volatile boolean holding;
    private long leaseCheckedNanos;
    private boolean leaseChecked;

    OutboxSender(Outbox outbox, BotApi api, OutboxProperties properties, ApplicationEventPublisher events,
                 LiveInstances instances, StoreDurability durability, MongoTemplate mongo, Clock clock) {
        this.outbox = outbox;
        this.api = api;
        this.properties = properties;
        this.events = events;
        this.instances = instances;
        this.durability = durability;
        this.clock = clock;
        this.lease = new SendingLease(mongo, instances, clock);
        this.pacing = new SendPacing(properties.perSecond(), properties.perChatInterval(),
                properties.perGroupInterval());
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < Math.max(1, properties.workers()); i++) {
            String owner = instances.id() + "/" + (i + 1);
            Thread t = new Thread(() -> work(owner), "houqin-outbox-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private void work(String owner) {
        while (running) {
            try {
                if (!holdsLease()) {
                    outbox.awaitWork(properties.leaseCheck().toMillis());
                } else if (!deliverOne(owner)) {
                    outbox.awaitWork(properties.idlePoll().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (PassingTrouble.of(e) != null) {
                    log.warn("Outbox waits for the store ({})", e.getMessage());
                    sleepQuietly(properties.idlePoll().multipliedBy(5));
                } else {
                    log.error("Outbox worker error; going on", e);
                    sleepQuietly(properties.idlePoll());
                }
            }
        }
    }

    /**
     * Whether this instance sends (holds the sending lease): looked up before each message while it
     * holds it, at most every {@code leaseCheck} while it does not. On taking the lease over, what the previous holder left is honoured: the
     * chats it still paced or paused, a pause of the whole bot; after a holder that died (and so
     * left nothing), no message goes out for the longest per-chat gap.
     */
    boolean holdsLease() {
        synchronized (leaseLock) {
            long now = System.nanoTime();
            // the holder looks before each message (one read by _id), so it stops at once when
            // another instance took the lease over (having judged it dead); the others every lease-check
            if (!holding && leaseChecked && now - leaseCheckedNanos < properties.leaseCheck().toNanos()) {
                return false;
            }
            leaseChecked = true;
            leaseCheckedNanos = now;
            boolean was = holding;
            SendingLease.Taken taken;
            try {
                taken = lease.hold();
            } catch (RuntimeException e) {
                holding = false;
                throw e;
            }
            holding = taken != null;
            if (holding && !was) {
                takeOver(taken);
            } else if (!holding && was) {
                log.info("Instance {} no longer sends the outbox", instances.id());
            }
            return holding;
        }
    }

    private void takeOver(SendingLease.Taken taken) {
        Instant now = clock.instant();
        if (taken.fromDeadHolder()) {
            pacing.pauseAll(pacing.longestChatGap());
        }
        if (taken.slowUntil() != null && taken.slowUntil().isAfter(now)) {
            pacing.pauseAll(Duration.between(now, taken.slowUntil()));
        }
        for (SendingLease.ChatFree chat : taken.chats()) {
            if (chat.freeAt().isAfter(now)) {
                pacing.pauseChat(chat.chatId(), Duration.between(now, chat.freeAt()));
            }
        }
        log.info("Instance {} sends the outbox now{}", instances.id(),
                taken.fromDeadHolder() ? " (taken over from a dead instance)" : "");
    }

    /** Delivers (or reschedules) one due message; false when none was due. */
    boolean deliverOne(String owner) throws InterruptedException {
        OutboxMessage m = outbox.claimNext(owner, instances.id(), instances.dead(), pacing.busyChats(),
                properties.lease());
        if (m == null) {
            return false;
        }
        if (outbox.alreadyDone(m.key())) {
            outbox.drop(m);
            return true;
        }
        OutboxMessage older = outbox.olderForSameChat(m);
        if (older != null) {
            Instant now = outbox.now();
            Instant after = older.nextAttemptAt().isAfter(now) ? older.nextAttemptAt() : now;
            outbox.retryAt(m, owner, after.plus(HEAD_OF_LINE_WAIT), false, m.lastError());
            return true;
        }
        Duration chatBusy = pacing.reserveChat(m.chatId());
        if (!chatBusy.isZero()) {
            outbox.retryAt(m, owner, outbox.now().plus(chatBusy), false, m.lastError());
            return true;
        }
        pacing.awaitOverallSlot();
        pacing.sending(m.chatId());
        Integer messageId;
        try {
            messageId = send(m, owner);
        } catch (BotApiException e) {
            handleFailure(m, owner, e);
            return true;
        }
        OutboxMessage done = recordDelivery(m, owner, messageId);
        if (done != null && done.pendingEdit() != null && messageId != null) {
            OutboxMessage.Replacement r = done.pendingEdit();
            outbox.enqueueEdit(r.editKey(), m.chatId(), messageId, new Outgoing(r.text(), r.keyboard(), null, null));
        }
        return true;
    }

    private Integer send(OutboxMessage m, String owner) {
        if (m.isEdit()) {
            api.edit(m.chatId(), m.editOf(), m.content());
            return m.editOf();
        }
        return api.send(m.chatId(), m.content(), m.progress(), progress -> outbox.recordProgress(m, owner, progress));
    }

    /**
     * The message went out: this is written down (durably) before anything else, however long the
     * store takes to come back, since a message not recorded as delivered would be sent again.
     */
    private OutboxMessage recordDelivery(OutboxMessage m, String owner, Integer messageId) throws InterruptedException {
        Duration wait = properties.idlePoll();
        while (true) {
            try {
                OutboxMessage done = outbox.finish(m, owner, DeliveryRecord.Outcome.DELIVERED, messageId, null);
                durability.flush();
                return done;
            } catch (RuntimeException e) {
                log.warn("Could not record the delivery of {} ({}); trying again in {}", m.key(), e.getMessage(), wait);
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5)
                        : wait.multipliedBy(2);
            }
        }
    }

    private void handleFailure(OutboxMessage m, String owner, BotApiException e) {
        Instant now = outbox.now();
        if (e.isTooManyRequests()) {
            Duration wait = e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1);
            pacing.pauseChat(m.chatId(), wait);
            outbox.pauseChat(m.chatId(), now.plus(wait));
            log.info("Telegram asked to wait {}s before writing to chat {} again", wait.toSeconds(), m.chatId());
            if (tooManyOnManyChats(m.chatId())) {
                pacing.pauseAll(wait);
                lease.slowUntil(now.plus(wait));
                log.warn("429 on {} chats within {}s: the bot as a whole waits {}s", MANY_CHATS,
                        MANY_CHATS_WINDOW.toSeconds(), wait.toSeconds());
            }
            outbox.retryAt(m, owner, now.plus(wait), false, "429 retry after " + wait.toSeconds() + "s");
        } else if (e.isForbidden()) {
            log.info("Chat {} blocked the bot; marking it unreachable", m.chatId());
            outbox.finish(m, owner, DeliveryRecord.Outcome.UNREACHABLE, null, e.getMessage());
            events.publishEvent(new ChatUnreachable(m.chatId()));
        } else if (e.isTransient() && m.attempts() + 1 < properties.maxAttempts()) {
            Duration backoff = backoff(m.attempts());
            log.warn("Delivery to chat {} failed ({}); retrying in {}", m.chatId(), e.getMessage(), backoff);
            outbox.retryAt(m, owner, now.plus(backoff), true, e.getMessage());
        } else {
            log.error("Giving up on message {} to chat {}: {}", m.key(), m.chatId(), e.getMessage());
            outbox.finish(m, owner, DeliveryRecord.Outcome.FAILED, null, e.getMessage());
        }
    }

    /** Records a 429 on this chat; whether 429s came on many chats within a short while. */
    private boolean tooManyOnManyChats(long chatId) {
        long now = System.nanoTime();
        synchronized (recentTooMany) {
            recentTooMany.addLast(new long[] {now, chatId});
            while (now - recentTooMany.peekFirst()[0] > MANY_CHATS_WINDOW.toNanos()) {
                recentTooMany.removeFirst();
            }
            Set<Long> chats = recentTooMany.stream().map(e -> e[1]).collect(Collectors.toSet());
            if (chats.size() >= MANY_CHATS) {
                recentTooMany.clear();
                return true;
            }
            return false;
        }
    }

    private Duration backoff(int attempts) {
        Duration d = properties.firstRetry().multipliedBy(1L << Math.min(attempts, 20));
        return d.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : d;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        outbox.wakeSender();
        for (Thread t : workers) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
        if (holding) {
            holding = false;
            try {
                Instant now = clock.instant();
                lease.release(pacing.busyChatsFor().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> now.plus(e.getValue()))));
            } catch (RuntimeException e) {
                log.debug("Could not release the sending lease", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
