package com.houqin.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.outbox.*}: Telegram's limits as the sender keeps them (about 30 messages a
 * second overall, one a second per chat, 20 a minute per group), and how failures are retried.
 * {@code lease} is how long a message claimed by a worker of a living instance may take before
 * another worker takes it over: longer than the slowest send (photos and several text parts, each
 * call allowed about a minute), so only a stuck instance reaches it; the claims of a dead instance
 * are taken over as soon as it is known to be dead. Only the instance holding the sending lease
 * sends ({@link SendingLease}), so the limits hold for the bot as a whole; the others look every
 * {@code leaseCheck} whether they may take it.
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
        @DefaultValue("15m") Duration lease,
        @DefaultValue("1s") Duration leaseCheck,
        @DefaultValue("5s") Duration relayRetry,
        @DefaultValue("10m") Duration relaySweep,
        @DefaultValue("true") boolean enabled) {
}
