package com.houqin.scheduler;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One document per scheduled task, shared by every instance: the run that is due next (after a
 * failure, still the failed one, with {@code retryAt} saying when to try again) and which instance
 * holds the run under way.
 */
@Document("scheduled_tasks")
record TaskState(
        @Id String name,
        Instant nextRunAt,
        Instant retryAt,
        Instant leaseUntil,
        String leaseOwner,
        Instant lastRunAt,
        Instant lastScheduledFor,
        int failures,
        String lastError) {

    static TaskState firstRun(String name, Instant at) {
        return new TaskState(name, at, null, null, null, null, null, 0, null);
    }
}
