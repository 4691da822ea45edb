package com.houqin.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the sender within Telegram's limits: an overall rate, a minimum gap between messages to
 * one private chat, a longer one for groups, and any pause Telegram asked for with 429.
 * Gaps are measured on the monotonic clock, so a change of the wall clock cannot hold a chat back;
 * the order of a chat's messages is kept by the sender, not here.
 */
class SendPacing {

    private final long overallGapNanos;
    private final long chatGapNanos;
    private final long groupGapNanos;
    private final Map<Long, Long> chatNextFree = new ConcurrentHashMap<>();
    private long overallNextFree = System.nanoTime();
    private long pausedUntil = System.nanoTime();

    SendPacing(int perSecond, Duration perChat, Duration perGroup) {
        this.overallGapNanos = 1_000_000_000L / Math.max(1, perSecond);
        this.chatGapNanos = perChat.toNanos();
        this.groupGapNanos = perGroup.toNanos();
    }

    /**
     * Reserves the chat's next slot if it is free now (returns zero), else returns how long until
     * it is (nothing reserved).
     */
    Duration reserveChat(long chatId) {
        long now = System.nanoTime();
        long[] wait = {0};
        chatNextFree.compute(chatId, (id, next) -> {
            if (next != null && next - now > 0) {
                wait[0] = next - now;
                return next;
            }
            return now + (chatId < 0 ? groupGapNanos : chatGapNanos);
        });
        if (chatNextFree.size() > 100_000) {
            chatNextFree.values().removeIf(next -> next - now < 0);
        }
        return Duration.ofNanos(wait[0]);
    }

    /**
     * The message to this chat goes out now (after waiting for its overall slot): its gap counts
     * from now, not from when the slot was reserved.
     */
    void sending(long chatId) {
        long next = System.nanoTime() + (chatId < 0 ? groupGapNanos : chatGapNanos);
        chatNextFree.merge(chatId, next, (a, b) -> a - b > 0 ? a : b);
    }

    /** The chats that cannot be written to yet (at most a few hundred: others are forgotten once free). */
    Set<Long> busyChats() {
        long now = System.nanoTime();
        Set<Long> busy = new HashSet<>();
        chatNextFree.forEach((chat, next) -> {
            if (next - now > 0) {
                busy.add(chat);
            }
        });
        return busy;
    }

    /** Telegram asked us to leave this chat alone for a while. */
    void pauseChat(long chatId, Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        chatNextFree.merge(chatId, until, (a, b) -> a - b > 0 ? a : b);
    }

    /**
     * Telegram asked the whole bot to wait (429s on many chats at once): no message goes out before
     * the pause is over.
     */
    synchronized void pauseAll(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        if (until - overallNextFree > 0) {
            overallNextFree = until;
        }
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
    }

    /** The longest gap kept between two messages to one chat (a group's). */
    Duration longestChatGap() {
        return Duration.ofNanos(Math.max(chatGapNanos, groupGapNanos));
    }

    /** The chats not free yet, with how long until each is. */
    Map<Long, Duration> busyChatsFor() {
        long now = System.nanoTime();
        Map<Long, Duration> busy = new HashMap<>();
        chatNextFree.forEach((chat, next) -> {
            if (next - now > 0) {
                busy.put(chat, Duration.ofNanos(next - now));
            }
        });
        return busy;
    }

    /**
     * Waits for the next overall slot, and then for a pause of the whole bot that began while
     * waiting (a slot taken before the pause does not jump it).
     */
    void awaitOverallSlot() throws InterruptedException {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(now, overallNextFree);
            overallNextFree = slot + overallGapNanos;
        }
        sleepUntil(slot);
        while (true) {
            long until;
            synchronized (this) {
                until = pausedUntil;
            }
            if (until - System.nanoTime() <= 0) {
                return;
            }
            sleepUntil(until);
        }
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
