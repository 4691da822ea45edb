package com.houqin.scheduler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.scheduler.*}: how often the engine looks for due tasks, when a failed run is
 * tried again, how often an instance shows it is alive and how long a silence means it died, and
 * the lease: how long a run claimed by an instance that still lives may take before another
 * instance takes it over (only a stuck instance ever reaches it).
 */
@ConfigurationProperties("houqin.scheduler")
public record SchedulerProperties(
        @DefaultValue("10s") Duration tick,
        @DefaultValue("30m") Duration lease,
        @DefaultValue("1m") Duration retryAfterFailure,
        @DefaultValue("1s") Duration heartbeat,
        @DefaultValue("3s") Duration deadAfter,
        @DefaultValue("true") boolean enabled) {
}
