package com.houqin.scheduler;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One document per scheduled task, shared by every instance: when the task is next due and
 * who holds the lease on the current run.
 */
@Document("scheduled_tasks")
record TaskState(
        @Id String name,
        Instant nextRunAt,
        Instant leaseUntil,
        String leaseOwner,
        Instant lastRunAt,
        Instant lastScheduledFor) {
}
