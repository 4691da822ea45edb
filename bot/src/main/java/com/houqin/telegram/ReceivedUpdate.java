package com.houqin.telegram;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * An update being handled, with what its handling already sent. An update handled again (after a
 * crash, or because the store or Telegram failed half-way) numbers its replies in the same order;
 * a reply whose number was already delivered is not sent again.
 */
public final class ReceivedUpdate {

    private final Update update;
    private final boolean again;
    private final Map<Integer, Integer> sent = new ConcurrentHashMap<>();
    private final BiConsumer<Integer, Integer> recordSent;
    private int replies;

    ReceivedUpdate(Update update, boolean again, Map<String, Integer> sentBefore, BiConsumer<Integer, Integer> recordSent) {
        this.update = update;
        this.again = again;
        sentBefore.forEach((number, messageId) -> sent.put(Integer.valueOf(number), messageId));
        this.recordSent = recordSent;
    }

    public Update update() {
        return update;
    }

    public int id() {
        return update.getUpdateId() == null ? 0 : update.getUpdateId();
    }

    /** Whether this update was taken up before (a crash or a failure interrupted its handling). */
    public boolean isAgain() {
        return again;
    }

    /** The number of the next reply: replies are numbered in the order the handling makes them. */
    public synchronized int nextReply() {
        return ++replies;
    }

    /** The message id of a reply already delivered, or null. */
    public Integer delivered(int reply) {
        return sent.get(reply);
    }

    public void delivered(int reply, int messageId) {
        sent.put(reply, messageId);
        recordSent.accept(reply, messageId);
    }

    /** Starts numbering the replies again, for another try at handling the update. */
    synchronized void restart() {
        replies = 0;
    }
}
