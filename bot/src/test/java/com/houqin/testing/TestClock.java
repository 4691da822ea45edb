package com.houqin.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with real time from a chosen starting point and can be moved forward, so
 * tests reach "tomorrow at 17:31" at once while timeouts and retries still tick.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public TestClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void set(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(zone, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
