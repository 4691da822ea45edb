package com.houqin.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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

    private final Outbox outbox;
    private final OutboxClaims claims;
    private final BotApi api;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final SendPacing pacing;
    private final LiveInstances instances;
    private final StoreDurability durability;
    private final SendingTurn turn;
    private final TooManyRequests tooMany = new TooManyRequests();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    OutboxSender(Outbox outbox, OutboxClaims claims, BotApi api, OutboxProperties properties, ApplicationEventPublisher events,
                 LiveInstances instances, StoreDurability durability, MongoTemplate mongo, Clock clock) {
        this.outbox = outbox;
        this.claims = claims;
        this.api = api;
        this.properties = properties;
        this.events = events;
        this.instances = instances;
        this.durability = durability;
        this.pacing = new SendPacing(properties.perSecond(), properties.perChatInterval(),
                properties.perGroupInterval());
        this.turn = new SendingTurn(new SendingLease(mongo, instances, clock), pacing, instances, clock,
                properties.leaseCheck());
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
                if (!turn.mine()) {
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

    /** Delivers (or reschedules) one due message; false when none was due. */
    boolean deliverOne(String owner) throws InterruptedException {
        OutboxMessage m = claims.claimNext(owner, instances.id(), instances.dead(), pacing.busyChats(),
                properties.lease());
        if (m == null) {
            return false;
        }
        if (outbox.alreadyDone(m.key())) {
            claims.drop(m);
            return true;
        }
        OutboxMessage older = claims.olderForSameChat(m);
        if (older != null) {
            Instant now = outbox.now();
            Instant after = older.nextAttemptAt().isAfter(now) ? older.nextAttemptAt() : now;
            claims.retryAt(m, owner, after.plus(HEAD_OF_LINE_WAIT), false, m.lastError());
            return true;
        }
        Duration chatBusy = pacing.reserveChat(m.chatId());
        if (!chatBusy.isZero()) {
            claims.retryAt(m, owner, outbox.now().plus(chatBusy), false, m.lastError());
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
        return api.send(m.chatId(), m.content(), m.progress(), progress -> claims.recordProgress(m, owner, progress));
    }

    /**
     * The message went out: this is written down (durably) before anything else, however long the
     * store takes to come back, since a message not recorded as delivered would be sent again.
     */
    private OutboxMessage recordDelivery(OutboxMessage m, String owner, Integer messageId) throws InterruptedException {
        Duration wait = properties.idlePoll();
        while (true) {
            try {
                OutboxMessage done = claims.finish(m, owner, DeliveryRecord.Outcome.DELIVERED, messageId, null);
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
            claims.pauseChat(m.chatId(), now.plus(wait));
            log.info("Telegram asked to wait {}s before writing to chat {} again", wait.toSeconds(), m.chatId());
            if (tooMany.onManyChats(m.chatId())) {
                turn.slowDown(now, wait);
                log.warn("429 on {} chats within {}s: the bot as a whole waits {}s", TooManyRequests.MANY_CHATS,
                        TooManyRequests.WINDOW.toSeconds(), wait.toSeconds());
            }
            claims.retryAt(m, owner, now.plus(wait), false, "429 retry after " + wait.toSeconds() + "s");
        } else if (e.isForbidden()) {
            log.info("Chat {} blocked the bot; marking it unreachable", m.chatId());
            claims.finish(m, owner, DeliveryRecord.Outcome.UNREACHABLE, null, e.getMessage());
            events.publishEvent(new ChatUnreachable(m.chatId()));
        } else if (e.isTransient() && m.attempts() + 1 < properties.maxAttempts()) {
            Duration backoff = backoff(m.attempts());
            log.warn("Delivery to chat {} failed ({}); retrying in {}", m.chatId(), e.getMessage(), backoff);
            claims.retryAt(m, owner, now.plus(backoff), true, e.getMessage());
        } else {
            log.error("Giving up on message {} to chat {}: {}", m.key(), m.chatId(), e.getMessage());
            claims.finish(m, owner, DeliveryRecord.Outcome.FAILED, null, e.getMessage());
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
        turn.handOver();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
