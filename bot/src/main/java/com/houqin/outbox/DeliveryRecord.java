package com.houqin.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What became of a notification once it left the queue. Kept for a while so the same key is
 * never delivered again, and so messages of a group can be edited later.
 */
// housekeeping forgets old delivery history
@CompoundIndex(name = "at", def = "{'at': 1}")
@Document("outbox_history")
record DeliveryRecord(
        @Id String key,
        String group,
        long chatId,
        Integer messageId,
        Outcome outcome,
        String error,
        Instant at) {

    enum Outcome {
        DELIVERED,
        /** The person blocked the bot. */
        UNREACHABLE,
        FAILED
    }
}
