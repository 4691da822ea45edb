package com.houqin.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes updates from the store to the handler: each chat's updates one at a time, in order, and
 * different chats in parallel. An update whose handling has to be tried again (the store or
 * Telegram failed for a while) holds its chat's line until it is done, so the chat's order is
 * kept; it is marked handled only once its handling finished.
 */
final class UpdateHandling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandling.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    /** Telegram failing keeps an update from being answered for at most about this many tries. */
    private static final int TELEGRAM_TRIES = 12;

    private final InboundUpdates inbound;
    private final UpdateHandler handler;
    private final ChatQueues queues;
    private final ScheduledExecutorService waiting = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "houqin-updates-waiting");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;

    UpdateHandling(InboundUpdates inbound, UpdateHandler handler, int threads) {
        this.inbound = inbound;
        this.handler = handler;
        this.queues = new ChatQueues(threads);
        waiting.scheduleWithFixedDelay(this::storeWaiting, 1, 1, TimeUnit.SECONDS);
    }

    /** Hands over the updates a crash left unhandled; call before new ones arrive. */
    int recover() {
        List<StoredUpdate> left = inbound.unhandled();
        if (!left.isEmpty()) {
            log.info("Handling {} updates that were stored but not handled before the restart", left.size());
        }
        left.forEach(s -> submit(s, true));
        return left.size();
    }

    /** A batch from Telegram: stored first, then handed over. */
    void receive(List<Update> updates) {
        inbound.take(updates, handler::cannotStoreYet).forEach(s -> submit(s, false));
    }

    /**
     * One update Telegram posted: stored (and durable) when this returns, then handled in its turn.
     * Throws when it cannot be stored, after telling the person once that an answer will come.
     */
    void receivePosted(Update update) {
        StoredUpdate stored;
        try {
            stored = inbound.takePosted(update);
        } catch (RuntimeException e) {
            handler.cannotStoreYet(update);
            throw e;
        }
        if (stored != null) {
            submit(stored, false);
        }
    }

    private void storeWaiting() {
        try {
            if (inbound.hasWaiting()) {
                receive(List.of());
            }
        } catch (RuntimeException e) {
            log.debug("Waiting updates still cannot be stored: {}", e.getMessage());
        }
    }

    private void submit(StoredUpdate stored, boolean again) {
        queues.submit(stored.chatId(), () -> handleUntilDone(stored, again));
    }

    private void handleUntilDone(StoredUpdate stored, boolean again) {
        ReceivedUpdate update;
        try {
            update = inbound.toHandle(stored, again);
        } catch (RuntimeException e) {
            log.error("Stored update {} cannot be read; leaving it", stored.updateId(), e);
            markHandled(stored.updateId());
            return;
        }
        Duration wait = FIRST_WAIT;
        for (int tries = 1; running; tries++) {
            try {
                handler.handle(update);
                break;
            } catch (TryAgainLater e) {
                if (!e.isStoreTrouble() && tries >= TELEGRAM_TRIES) {
                    log.error("Giving up on update {} after {} tries: {}", stored.updateId(), tries, e.getMessage());
                    break;
                }
                Duration pause = e.notBefore() != null && e.notBefore().compareTo(wait) > 0 ? e.notBefore() : wait;
                log.info("Update {} will be handled again in {} ({})", stored.updateId(), pause, e.getMessage());
                if (!sleep(pause)) {
                    return;
                }
                wait = longer(wait);
                update.restart();
            }
        }
        markHandled(stored.updateId());
    }

    private void markHandled(int updateId) {
        Duration wait = FIRST_WAIT;
        while (running) {
            try {
                inbound.markHandled(updateId);
                return;
            } catch (RuntimeException e) {
                // not marked, it would be handled again after a restart: harmless, but worth a few tries
                log.debug("Could not mark update {} handled: {}", updateId, e.getMessage());
                if (!sleep(wait)) {
                    return;
                }
                wait = longer(wait);
            }
        }
    }

    private static Duration longer(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
    }

    private boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        waiting.shutdownNow();
        queues.close();
    }

    /** Closes the handling a transport started, if it started one, on the way down. */
    static void closeOnStop(UpdateHandling handling) {
        if (handling == null) {
            return;
        }
        try {
            handling.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
