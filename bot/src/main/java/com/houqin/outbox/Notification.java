package com.houqin.outbox;

import com.houqin.telegram.Outgoing;

/**
 * Something the bot sends on its own. {@code key} is unique per notification (the same key is
 * never delivered twice); {@code group} ties together the copies of one piece of news sent to
 * several people (a new job to every technician), so they can be updated together.
 */
public record Notification(String key, String group, long chatId, Outgoing message) {

    public Notification {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a notification needs a key");
        }
        if (message.upload() != null) {
            throw new IllegalArgumentException("uploads are sent directly, not through the outbox");
        }
    }
}
