package com.houqin.telegram;

import java.time.Duration;

/**
 * The long-poll loop asks again as soon as an answer comes. Telegram holds an empty poll open
 * for its timeout; a Bot API that answers empty polls at once (some self-hosted or test servers)
 * would make the loop spin a core. This spaces out polls that came back empty quickly.
 */
final class PollPacer {

    private final long minGapNanos;
    private volatile long lastRequest;
    private volatile boolean updatesSinceLastRequest = true;

    PollPacer(Duration minGap) {
        this.minGapNanos = minGap.toNanos();
    }

    /** Called on the polling thread before each poll. */
    void beforePoll() {
        long sinceLast = System.nanoTime() - lastRequest;
        if (!updatesSinceLastRequest && sinceLast < minGapNanos) {
            try {
                Thread.sleep((minGapNanos - sinceLast) / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        updatesSinceLastRequest = false;
        lastRequest = System.nanoTime();
    }

    void updatesArrived() {
        updatesSinceLastRequest = true;
    }
}
