package com.houqin.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.stream.Collectors;

/** Telegram's 429s as they come: on a few chats at once they mean the bot as a whole goes too fast. */
final class TooManyRequests {

    /** 429s on this many chats within {@link #WINDOW} pause the whole bot, not just the chats. */
    static final int MANY_CHATS = 3;
    static final Duration WINDOW = Duration.ofSeconds(2);

    private final Deque<long[]> recent = new ArrayDeque<>();

    /** Records a 429 on this chat; whether 429s came on many chats within a short while. */
    synchronized boolean onManyChats(long chatId) {
        long now = System.nanoTime();
        recent.addLast(new long[] {now, chatId});
        while (now - recent.peekFirst()[0] > WINDOW.toNanos()) {
            recent.removeFirst();
        }
        Set<Long> chats = recent.stream().map(e -> e[1]).collect(Collectors.toSet());
        if (chats.size() >= MANY_CHATS) {
            recent.clear();
            return true;
        }
        return false;
    }
}
