package com.houqin.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs the scheduled tasks that are due. Each task's next run lives in MongoDB, so:
 * <ul>
 * <li>a run is claimed with one atomic update, and only one instance wins it;</li>
 * <li>a run that fell due while every instance was down is still due when one comes back (missed
 * runs are coalesced into one);</li>
 * <li>a run that fails keeps its window: it is tried again after {@code retryAfterFailure} with the
 * same scheduled time, so it covers the same cut-off, step or summary;</li>
 * <li>a claimed run belongs to its instance while that instance lives ({@link LiveInstances}); when
 * it dies mid-run, the run is taken up again within seconds. {@code lease} only guards against an
 * instance that lives on but is stuck.</li>
 * </ul>
 */
public class TaskRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TaskRunner.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Map<String, ScheduledTask> tasks;
    private final LiveInstances instances;
    private final Duration lease;
    private final Duration retryAfterFailure;
    private final Map<String, Boolean> runningHere = new ConcurrentHashMap<>();

    public TaskRunner(MongoTemplate mongo, Clock clock, List<ScheduledTask> tasks, LiveInstances instances,
                      Duration lease, Duration retryAfterFailure) {
        this.mongo = mongo;
        this.clock = clock;
        this.tasks = tasks.stream().collect(Collectors.toMap(ScheduledTask::name, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two scheduled tasks are named " + a.name());
                }));
        this.instances = instances;
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
                    mongo.insert(TaskState.firstRun(task.name(), next));
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
            } catch (RuntimeException e) {
                log.warn("Could not look at scheduled task {}: {}", task.name(), e.getMessage());
            } finally {
                runningHere.remove(task.name());
            }
        }
    }

    /** Runs one task now if it is due; returns whether it ran to the end. */
    public boolean runIfDue(ScheduledTask task) {
        Instant now = clock.instant();
        TaskState claimed = claim(task.name(), now);
        if (claimed == null) {
            return false;
        }
        Instant scheduledFor = claimed.nextRunAt();
        String error = null;
        try {
            task.run(scheduledFor);
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.error("Scheduled task {} (due {}) failed; it will be tried again for the same time", task.name(),
                    scheduledFor, e);
        }
        Instant finished = clock.instant();
        Update done = new Update().set("leaseUntil", null).set("leaseOwner", null);
        if (error == null) {
            done.set("nextRunAt", task.schedule().nextAfter(finished)).set("retryAt", null)
                    .set("lastRunAt", finished).set("lastScheduledFor", scheduledFor).set("failures", 0)
                    .set("lastError", null);
        } else {
            done.set("retryAt", finished.plus(retryAfterFailure)).inc("failures", 1).set("lastError", error);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(task.name()).and("leaseOwner").is(instances.id())),
                done, TaskState.class);
        return error == null;
    }

    private TaskState claim(String name, Instant now) {
        Criteria notWaitingToRetry = new Criteria().orOperator(Criteria.where("retryAt").is(null),
                Criteria.where("retryAt").lte(now));
        Criteria free = new Criteria().orOperator(Criteria.where("leaseOwner").is(null),
                Criteria.where("leaseOwner").in(instances.dead()), Criteria.where("leaseUntil").lt(now));
        Query due = Query.query(Criteria.where("_id").is(name).and("nextRunAt").lte(now)
                .andOperator(notWaitingToRetry, free));
        Update take = new Update().set("leaseUntil", now.plus(lease)).set("leaseOwner", instances.id());
        TaskState before = mongo.findAndModify(due, take, FindAndModifyOptions.options().returnNew(false),
                TaskState.class);
        if (before != null && before.leaseOwner() != null) {
            log.info("Task {} (due {}) was left unfinished by instance {}; running it again", name,
                    before.nextRunAt(), before.leaseOwner());
        }
        return before;
    }

    /** A normal stop: runs claimed here (none should be running by now) are released at once. */
    @Override
    public void destroy() {
        try {
            mongo.updateMulti(Query.query(Criteria.where("leaseOwner").is(instances.id())),
                    new Update().set("leaseUntil", null).set("leaseOwner", null), TaskState.class);
        } catch (RuntimeException e) {
            log.debug("Could not release the scheduled runs of {}", instances.id(), e);
        }
    }
}
