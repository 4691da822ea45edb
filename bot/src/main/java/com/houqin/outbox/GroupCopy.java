package com.houqin.outbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delivered copy of grouped news (a job offered to each technician): which message it became, so
 * the copies can be edited together. Read by its key, listed in the group's {@link GroupMembers}.
 */
// housekeeping forgets old delivery history
@CompoundIndex(name = "at", def = "{'at': 1}")
@Document("outbox_groups")
record GroupCopy(@Id String key, String group, long chatId, int messageId, Instant at) {
}
