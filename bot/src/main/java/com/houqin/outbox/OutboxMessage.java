package com.houqin.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;
import com.houqin.telegram.SendProgress;

/**
 * A message waiting to be delivered: a new message, or an edit of one sent before. The id is
 * the notification's unique key, so the same notification can only be queued once. While a worker
 * sends it, {@code leaseOwner} names the worker and {@code leaseInstance} its instance; the parts
 * already delivered are recorded as they go ({@code photosDone}, {@code partsDone}), so a message
 * taken over after a crash or retried after a failure sends only what is missing.
 */
// a worker claims the oldest message of a status (waiting, or held by a dead instance)
@CompoundIndex(name = "claim", def = "{'status': 1, 'createdAt': 1}")
// a chat's older messages go first
@CompoundIndex(name = "chat_order", def = "{'chatId': 1, 'createdAt': 1}")
@Document("outbox")
record OutboxMessage(
        @Id String key,
        String group,
        long chatId,
        Integer editOf,
        String text,
        List<List<Button>> keyboard,
        List<String> photoIds,
        OutboxStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant leaseUntil,
        String leaseOwner,
        String leaseInstance,
        Instant createdAt,
        String lastError,
        Replacement pendingEdit,
        boolean photosDone,
        int partsDone,
        int sentMessageId) {

    /** New content for a message that was being sent when its group was updated. */
    record Replacement(String editKey, String text, List<List<Button>> keyboard) {
    }

    static OutboxMessage queued(String key, String group, long chatId, Integer editOf, Outgoing message,
                                Instant createdAt, Instant dueAt) {
        return new OutboxMessage(key, group, chatId, editOf, message.text(), message.keyboard(), message.photoIds(),
                OutboxStatus.PENDING, 0, dueAt, null, null, null, createdAt, null, null, false, 0, 0);
    }

    boolean isEdit() {
        return editOf != null;
    }

    Outgoing content() {
        return new Outgoing(text, keyboard, photoIds, null);
    }

    SendProgress progress() {
        return new SendProgress(photosDone, partsDone, sentMessageId);
    }
}
