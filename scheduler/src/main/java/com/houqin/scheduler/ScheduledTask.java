package com.houqin.scheduler;

import java.time.Instant;

/**
 * A piece of scheduled work. Declare it as a Spring bean and the engine runs it on its
 * schedule: once across all instances, and once more after a restart if a run was missed.
 */
public interface ScheduledTask {

    /** A stable name: it keys the task's state in the database. */
    String name();

    Schedule schedule();

    /**
     * Does the work. {@code scheduledFor} is the time the run was due (earlier than now when a
     * missed run is caught up); use it to key anything the run must not do twice.
     */
    void run(Instant scheduledFor);
}
