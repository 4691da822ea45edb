package com.houqin.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs the scheduled tasks that are due. Each task's next run time lives in MongoDB, so:
 * a run is claimed with one atomic update (only one instance wins it); a run that fell due
 * while every instance was down is still due when one comes back, and runs then (missed
 * runs are coalesced into one).
 */
public class TaskRunner {

    private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, ScheduledTask> tasks;
    private final Duration lease;
    private final Duration retryAfterFailure;
    private final String instanceId = UUID.randomUUID().toString();
    private final Map<String, Boolean> runningHere = new ConcurrentHashMap<>();

    public TaskRunner(MongoTemplate mongo, Clock clock, List<ScheduledTask> tasks, Duration lease,
                      Duration retryAfterFailure) {
        this.mongo = mongo;
        this.clock = clock;
        this.tasks = tasks.stream().collect(Collectors.toMap(ScheduledTask::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two scheduled tasks are named " + a.name());
                }));
        this.lease = lease;
        this.retryAfterFailure = retryAfterFailure;
    }

    /**
     * Records every task's next run. A run that was due while the service was down stays due
     * (it is caught up); a future run is recomputed, so a changed schedule takes effect.
     */
    public void registerTasks() {
        Instant now = clock.instant();
        for (ScheduledTask task : tasks.values()) {
            Instant next = task.schedule().nextAfter(now);
            TaskState state = mongo.findById(task.name(), TaskState.class);
            if (state == null) {
                try {
                    mongo.insert(new TaskState(task.name(), next, null, null, null, null));
                } catch (DuplicateKeyException anotherInstanceWasFaster) {
                    // fine: it registered the same task
                }
            } else if (state.nextRunAt() == null || state.nextRunAt().isAfter(now)) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(task.name())
                                .and("nextRunAt").is(state.nextRunAt())),
                        Update.update("nextRunAt", next), TaskState.class);
            } else {
                log.info("Task {} missed its run due at {}; it runs now", task.name(), state.nextRunAt());
            }
        }
    }

    /** Runs, one after the other, every task that is due now and not claimed by another instance. */
    public void runDueTasks() {
        for (ScheduledTask task : tasks.values()) {
            if (runningHere.putIfAbsent(task.name(), Boolean.TRUE) != null) {
                continue;
            }
            try {
                runIfDue(task);
            } finally {
                runningHere.remove(task.name());
            }
        }
    }

    /** Runs one task now if it is due; returns whether it ran. */
    public boolean runIfDue(ScheduledTask task) {
        Instant now = clock.instant();
        TaskState claimed = claim(task.name(), now);
        if (claimed == null) {
            return false;
        }
        Instant scheduledFor = claimed.nextRunAt();
        boolean ok = false;
        try {
            task.run(scheduledFor);
            ok = true;
        } catch (RuntimeException e) {
            log.error("Scheduled task {} (due {}) failed; it will be retried", task.name(), scheduledFor, e);
        }
        Instant finished = clock.instant();
        Instant next = ok ? task.schedule().nextAfter(finished) : finished.plus(retryAfterFailure);
        Update done = new Update().set("nextRunAt", next).set("leaseUntil", null).set("leaseOwner", null);
        if (ok) {
            done.set("lastRunAt", finished).set("lastScheduledFor", scheduledFor);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(task.name()).and("leaseOwner").is(instanceId)),
                done, TaskState.class);
        return ok;
    }

    private TaskState claim(String name, Instant now) {
        Query due = Query.query(Criteria.where("_id").is(name).and("nextRunAt").lte(now)
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(now)));
        Update take = new Update().set("leaseUntil", now.plus(lease)).set("leaseOwner", instanceId);
        return mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(false), TaskState.class);
    }

    public List<String> taskNames() {
        return List.copyOf(tasks.keySet());
    }
}
