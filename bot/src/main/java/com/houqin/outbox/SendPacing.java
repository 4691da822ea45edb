package com.houqin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the sender within Telegram's limits: an overall rate, a minimum gap between messages to
 * one private chat, a longer one for groups, and any pause Telegram asked for with 429.
 * A busy chat's messages are all put back to the same instant, so they keep their order.
 */
class SendPacing {

    private final Clock clock;
    private final long overallGapNanos;
    private final Duration chatGap;
    private final Duration groupGap;
    private final Map<Long, Instant> chatNextFree = new ConcurrentHashMap<>();
    private long overallNextFree = System.nanoTime();

    SendPacing(Clock clock, int perSecond, Duration perChat, Duration perGroup) {
        this.clock = clock;
        this.overallGapNanos = 1_000_000_000L / Math.max(1, perSecond);
        this.chatGap = perChat;
        this.groupGap = perGroup;
    }

    /**
     * Reserves the chat's next slot if it is free now (returns null), else returns when it will
     * be free (nothing reserved).
     */
    Instant reserveChat(long chatId) {
        Instant now = clock.instant();
        Instant[] busyUntil = {null};
        chatNextFree.compute(chatId, (id, next) -> {
            if (next != null && next.isAfter(now)) {
                busyUntil[0] = next;
                return next;
            }
            return now.plus(chatId < 0 ? groupGap : chatGap);
        });
        if (chatNextFree.size() > 100_000) {
            chatNextFree.values().removeIf(next -> next.isBefore(now));
        }
        return busyUntil[0];
    }

    /** Telegram asked us to leave this chat alone for a while. */
    void pauseChat(long chatId, Duration pause) {
        Instant until = clock.instant().plus(pause);
        chatNextFree.merge(chatId, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Waits for the next overall slot. */
    void awaitOverallSlot() throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, overallNextFree);
            overallNextFree = slot + overallGapNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
