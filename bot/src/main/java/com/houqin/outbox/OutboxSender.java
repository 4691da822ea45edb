package com.houqin.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.houqin.telegram.BotApi;
import com.houqin.telegram.BotApiException;
import com.houqin.telegram.Outgoing;

/**
 * Delivers the outbox. A few workers claim due messages one at a time (an atomic claim, so
 * several instances share the work), deliver each chat's messages in the order they were
 * queued, keep Telegram's rates, wait out {@code retry_after} on
 * 429, back off on network errors and 5xx, and mark people who blocked the bot unreachable.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** How long a message waits behind an older one to the same chat before it looks again. */
    private static final Duration HEAD_OF_LINE_WAIT = Duration.ofMillis(20);

    private final Outbox outbox;
    private final BotApi api;
    private final OutboxProperties properties;
    private final ApplicationEventPublisher events;
    private final SendPacing pacing;
    private final String owner = UUID.randomUUID().toString();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    OutboxSender(Outbox outbox, BotApi api, OutboxProperties properties, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.api = api;
        this.properties = properties;
        this.events = events;
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
            Thread t = new Thread(this::work, "houqin-outbox-" + (i + 1));
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private void work() {
        while (running) {
            try {
                if (!deliverOne()) {
                    outbox.awaitWork(properties.idlePoll().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Outbox worker error; going on", e);
                sleepQuietly(properties.idlePoll());
            }
        }
    }

    /** Delivers (or reschedules) one due message; false when none was due. */
    boolean deliverOne() throws InterruptedException {
        OutboxMessage m = outbox.claimNext(owner, properties.lease());
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
        try {
            Integer messageId = send(m);
            OutboxMessage done = outbox.finish(m, owner, DeliveryRecord.Outcome.DELIVERED, messageId, null);
            if (done != null && done.pendingEdit() != null && messageId != null) {
                OutboxMessage.Replacement r = done.pendingEdit();
                outbox.enqueueEdit(r.editKey(), m.chatId(), messageId, new Outgoing(r.text(), r.keyboard(), null, null));
            }
        } catch (BotApiException e) {
            handleFailure(m, e);
        }
        return true;
    }

    private Integer send(OutboxMessage m) {
        Outgoing content = new Outgoing(m.text(), m.keyboard(), m.photoIds(), null);
        if (m.isEdit()) {
            api.edit(m.chatId(), m.editOf(), content);
            return m.editOf();
        }
        return api.send(m.chatId(), content);
    }

    private void handleFailure(OutboxMessage m, BotApiException e) {
        Instant now = outbox.now();
        if (e.isTooManyRequests()) {
            Duration wait = e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1);
            pacing.pauseChat(m.chatId(), wait);
            log.info("Telegram asked to wait {}s before writing to chat {} again", wait.toSeconds(), m.chatId());
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
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
