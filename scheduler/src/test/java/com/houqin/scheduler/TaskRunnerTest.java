package com.houqin.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The engine against a MongoDB wire-protocol server over a socket, as several instances would share it. */
class TaskRunnerTest {

    static MongoServer server;
    static MongoClient client;
    MongoTemplate mongo;
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T08:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final List<Instant> runs = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyStore() {
        mongo = new MongoTemplate(client, "scheduler-test");
        mongo.getDb().drop();
        runs.clear();
    }

    ScheduledTask hourly(Duration workTakes) {
        return new ScheduledTask() {
            @Override
            public String name() {
                return "hourly";
            }

            @Override
            public Schedule schedule() {
                return after -> after.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
            }

            @Override
            public void run(Instant scheduledFor) {
                runs.add(scheduledFor);
                sleep(workTakes.toMillis());
            }
        };
    }

    final List<LiveInstances> alive = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        alive.forEach(LiveInstances::destroy);
        alive.clear();
    }

    LiveInstances liveInstance() {
        LiveInstances instance = new LiveInstances(mongo, Duration.ofMillis(50), Duration.ofMillis(300));
        instance.afterPropertiesSet();
        alive.add(instance);
        return instance;
    }

    TaskRunner instance(ScheduledTask task) {
        return instance(task, liveInstance());
    }

    TaskRunner instance(ScheduledTask task, LiveInstances instance) {
        return new TaskRunner(mongo, clock, List.of(task), instance, Duration.ofMinutes(30), Duration.ofMinutes(1));
    }

    @Test
    void aTaskRunsWhenDueAndOnlyThen() {
        TaskRunner runner = instance(hourly(Duration.ZERO));
        runner.registerTasks();
        runner.runDueTasks();
        assertThat(runs).isEmpty();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        runner.runDueTasks();
        runner.runDueTasks();
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void severalInstancesRunEachDueRunOnce() throws Exception {
        ScheduledTask task = hourly(Duration.ofMillis(50));
        List<TaskRunner> instances = List.of(instance(task), instance(task), instance(task), instance(task));
        instances.forEach(TaskRunner::registerTasks);
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        CountDownLatch start = new CountDownLatch(1);
        for (TaskRunner r : instances) {
            pool.submit(() -> {
                start.await();
                r.runDueTasks();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasSize(1);
    }

    @Test
    void aRunMissedWhileEveryInstanceWasDownIsCaughtUpOnceAfterTheRestart() {
        TaskRunner before = instance(hourly(Duration.ZERO));
        before.registerTasks();
        // down from 08:00 to 11:30: the 09:00, 10:00 and 11:00 runs were missed
        now.set(Instant.parse("2026-11-26T11:30:00Z"));
        TaskRunner after = instance(hourly(Duration.ZERO));
        after.registerTasks();
        after.runDueTasks();
        after.runDueTasks();
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
        now.set(Instant.parse("2026-11-26T12:00:00Z"));
        after.runDueTasks();
        assertThat(runs).hasSize(2);
    }

    @Test
    void aRunLeftUnfinishedByAnInstanceThatDiedIsTakenUpWithinSeconds() {
        ScheduledTask task = hourly(Duration.ZERO);
        TaskRunner runner = instance(task);
        runner.registerTasks();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        // an instance that was killed: its document stays, its count of beats stands still
        mongo.insert(new InstanceBeat("killed-1", 41, now.get(), now.get(), false));
        claimedBy("killed-1");
        runner.runDueTasks();
        assertThat(runs).as("not judged dead at first sight").isEmpty();
        awaitRun(runner, Duration.ofSeconds(5));
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void aRunOfAnInstanceThatLivesIsTakenOverOnlyWhenItsLeaseRunsOut() {
        ScheduledTask task = hourly(Duration.ZERO);
        TaskRunner runner = instance(task);
        runner.registerTasks();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        claimedBy(liveInstance().id());
        sleep(500);
        runner.runDueTasks();
        assertThat(runs).isEmpty();
        now.set(Instant.parse("2026-11-26T09:31:00Z"));
        runner.runDueTasks();
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void aNormalStopReleasesTheRunsItHeld() {
        ScheduledTask task = hourly(Duration.ZERO);
        TaskRunner runner = instance(task);
        runner.registerTasks();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        LiveInstances stopping = liveInstance();
        TaskRunner leaving = instance(task, stopping);
        claimedBy(stopping.id());
        leaving.destroy();
        runner.runDueTasks();
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void aFailedRunKeepsItsWindowAndIsTriedAgainForTheSameTime() {
        List<Instant> attempts = new ArrayList<>();
        ScheduledTask flaky = new ScheduledTask() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public Schedule schedule() {
                return after -> after.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
            }

            @Override
            public void run(Instant scheduledFor) {
                attempts.add(scheduledFor);
                if (attempts.size() <= 2) {
                    throw new IllegalStateException("the database hiccuped");
                }
            }
        };
        TaskRunner runner = instance(flaky);
        runner.registerTasks();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        runner.runDueTasks();
        runner.runDueTasks();
        assertThat(attempts).hasSize(1);
        now.set(Instant.parse("2026-11-26T09:01:00Z"));
        runner.runDueTasks();
        now.set(Instant.parse("2026-11-26T09:02:30Z"));
        runner.runDueTasks();
        assertThat(attempts).as("every try covers the 09:00 run").containsExactly(
                Instant.parse("2026-11-26T09:00:00Z"), Instant.parse("2026-11-26T09:00:00Z"),
                Instant.parse("2026-11-26T09:00:00Z"));
        now.set(Instant.parse("2026-11-26T09:30:00Z"));
        runner.runDueTasks();
        assertThat(attempts).hasSize(3);
        now.set(Instant.parse("2026-11-26T10:00:00Z"));
        runner.runDueTasks();
        assertThat(attempts).last().isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
    }

    private void claimedBy(String owner) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is("hourly")), new Update()
                .set("leaseUntil", now.get().plus(Duration.ofMinutes(30))).set("leaseOwner", owner), TaskState.class);
    }

    private void awaitRun(TaskRunner runner, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runs.isEmpty() && System.nanoTime() < deadline) {
            runner.runDueTasks();
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
