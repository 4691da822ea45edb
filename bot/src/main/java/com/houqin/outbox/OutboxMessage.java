package com.houqin.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.telegram.Button;

/**
 * A message waiting to be delivered: a new message, or an edit of one sent before. The id is
 * the notification's unique key, so the same notification can only be queued once.
 */
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
        Instant createdAt,
        String lastError,
        Replacement pendingEdit) {

    /** New content for a message that was being sent when its group was updated. */
    record Replacement(String editKey, String text, List<List<Button>> keyboard) {
    }

    boolean isEdit() {
        return editOf != null;
    }
}
