package com.houqin.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delivered copy of grouped news (a job offered to each technician): where it went, so the copies
 * can be edited together. Kept apart from the delivery history, which holds every message sent
 * (3,000 meal reminders a day), so finding a group's copies stays quick on a store without
 * secondary indexes.
 */
@Document("outbox_groups")
record GroupCopy(@Id String key, String group, long chatId, int messageId, Instant at) {
}
