package com.houqin.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.outbox.*}: Telegram's limits as the sender keeps them (about 30 messages a
 * second overall, one a second per chat, 20 a minute per group), and how failures are retried.
 */
@ConfigurationProperties("houqin.outbox")
public record OutboxProperties(
        @DefaultValue("30") int perSecond,
        @DefaultValue("1s") Duration perChatInterval,
        @DefaultValue("3s") Duration perGroupInterval,
        @DefaultValue("4") int workers,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1s") Duration firstRetry,
        @DefaultValue("5m") Duration maxRetry,
        @DefaultValue("1s") Duration idlePoll,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("14d") Duration historyRetention,
        @DefaultValue("true") boolean enabled) {
}
