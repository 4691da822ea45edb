package com.houqin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.houqin.scheduler.LiveInstances;

/**
 * Whether this instance sends the outbox now: it holds the {@link SendingLease}. The holder looks
 * before each message (one read by id), so it stops at once when another instance took the lease
 * over (having judged it dead); the others look at most every {@code leaseCheck}. On taking the lease
 * over, what the previous holder left is honoured: the chats it still paced or paused, a pause of the
 * whole bot; after a holder that died (and so left nothing), no message goes out for the longest
 * per-chat gap. On a normal stop the holder hands over what it still paces.
 */
final class SendingTurn {

    private static final Logger log = LoggerFactory.getLogger(SendingTurn.class);

    private final SendingLease lease;
    private final SendPacing pacing;
    private final LiveInstances instances;
    private final Clock clock;
    private final Duration leaseCheck;
    private volatile boolean holding;
    private long checkedNanos;
    private boolean checked;

    SendingTurn(SendingLease lease, SendPacing pacing, LiveInstances instances, Clock clock, Duration leaseCheck) {
        this.lease = lease;
        this.pacing = pacing;
        this.instances = instances;
        this.clock = clock;
        this.leaseCheck = leaseCheck;
    }

    synchronized boolean mine() {
        long now = System.nanoTime();
        if (!holding && checked && now - checkedNanos < leaseCheck.toNanos()) {
            return false;
        }
        checked = true;
        checkedNanos = now;
        boolean was = holding;
        SendingLease.Taken taken;
        try {
            taken = lease.hold();
        } catch (RuntimeException e) {
            holding = false;
            throw e;
        }
        holding = taken != null;
        if (holding && !was) {
            takeOver(taken);
        } else if (!holding && was) {
            log.info("Instance {} no longer sends the outbox", instances.id());
        }
        return holding;
    }

    private void takeOver(SendingLease.Taken taken) {
        Instant now = clock.instant();
        if (taken.fromDeadHolder()) {
            pacing.pauseAll(pacing.longestChatGap());
        }
        if (taken.slowUntil() != null && taken.slowUntil().isAfter(now)) {
            pacing.pauseAll(Duration.between(now, taken.slowUntil()));
        }
        for (SendingLease.ChatFree chat : taken.chats()) {
            if (chat.freeAt().isAfter(now)) {
                pacing.pauseChat(chat.chatId(), Duration.between(now, chat.freeAt()));
            }
        }
        log.info("Instance {} sends the outbox now{}", instances.id(),
                taken.fromDeadHolder() ? " (taken over from a dead instance)" : "");
    }

    /** The bot as a whole waits (429s on many chats); the next holder waits out the rest. */
    void slowDown(Instant now, Duration wait) {
        pacing.pauseAll(wait);
        lease.slowUntil(now.plus(wait));
    }

    /** A normal stop: the lease is let go with the chats still paced, for the next holder. */
    void handOver() {
        if (!holding) {
            return;
        }
        holding = false;
        try {
            Instant now = clock.instant();
            lease.release(pacing.busyChatsFor().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> now.plus(e.getValue()))));
        } catch (RuntimeException e) {
            log.debug("Could not release the sending lease", e);
        }
    }
}
