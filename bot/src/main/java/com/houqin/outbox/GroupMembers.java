package com.houqin.outbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The keys of the copies of one piece of grouped news (a job offered to each technician), found by
 * the group's id: updating the copies reads them by id, never by searching the queue or the
 * history, so it stays quick however much is queued or was sent.
 */
// housekeeping forgets old delivery history
@CompoundIndex(name = "at", def = "{'at': 1}")
@Document("outbox_group_members")
record GroupMembers(@Id String group, List<String> keys, Instant at) {
}
