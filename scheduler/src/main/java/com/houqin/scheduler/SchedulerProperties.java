package com.houqin.scheduler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.scheduler.*}: how often the engine looks for due tasks, how long a claimed
 * run is held before another instance may take it over, and when a failed run is retried.
 */
@ConfigurationProperties("houqin.scheduler")
public record SchedulerProperties(
        @DefaultValue("10s") Duration tick,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("1m") Duration retryAfterFailure,
        @DefaultValue("true") boolean enabled) {
}
