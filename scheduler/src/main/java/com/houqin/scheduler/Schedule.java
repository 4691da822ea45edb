package com.houqin.scheduler;

import java.time.Instant;

/** When a task runs: the first run time strictly after a given instant. */
@FunctionalInterface
public interface Schedule {
    Instant nextAfter(Instant after);
}
