package com.houqin.telegram;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An update as Telegram handed it over, stored before Telegram is told it arrived. The id is
 * Telegram's update id, so an update delivered twice is stored once. {@code sent} records the
 * replies already delivered (by their number within the handling), so handling it again after a
 * crash sends only the replies that had not gone out.
 */
// at start, the updates left unhandled, in order
@CompoundIndex(name = "unhandled", def = "{'handled': 1, '_id': 1}")
// housekeeping forgets handled updates
@CompoundIndex(name = "handled_age", def = "{'handled': 1, 'receivedAt': 1}")
@Document("updates")
record StoredUpdate(
        @Id int updateId,
        long chatId,
        String json,
        Instant receivedAt,
        boolean handled,
        Instant handledAt,
        Map<String, Integer> sent) {

    StoredUpdate {
        sent = sent == null ? Map.of() : Map.copyOf(sent);
    }
}
