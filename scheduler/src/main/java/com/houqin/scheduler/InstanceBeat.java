package com.houqin.scheduler;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One running (or stopped) instance of the bot: the number it counts up while it lives. */
@Document("instances")
record InstanceBeat(@Id String id, long beats, Instant beatAt, Instant startedAt, boolean stopped) {
}
