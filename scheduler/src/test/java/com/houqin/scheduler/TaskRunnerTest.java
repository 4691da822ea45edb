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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

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

    TaskRunner instance(ScheduledTask task) {
        return new TaskRunner(mongo, clock, List.of(task), Duration.ofMinutes(10), Duration.ofMinutes(1));
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
    void aRunWhoseInstanceDiedIsTakenOverWhenItsLeaseEnds() {
        ScheduledTask task = hourly(Duration.ZERO);
        TaskRunner runner = instance(task);
        runner.registerTasks();
        now.set(Instant.parse("2026-11-26T09:00:00Z"));
        // another instance claimed the run and died before finishing it
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is("hourly")),
                new org.springframework.data.mongodb.core.query.Update()
                        .set("leaseUntil", now.get().plus(Duration.ofMinutes(10))).set("leaseOwner", "dead"),
                TaskState.class);
        runner.runDueTasks();
        assertThat(runs).isEmpty();
        now.set(Instant.parse("2026-11-26T09:11:00Z"));
        runner.runDueTasks();
        assertThat(runs).containsExactly(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void aFailedRunIsRetriedLater() {
        List<Instant> attempts = new ArrayList<>();
        ScheduledTask flaky = new ScheduledTask() {
            @Override
            public String name() {
                return "flaky";
            }

            @Override
            public Schedule schedule() {
                return Schedules.every(Duration.ofHours(1));
            }

            @Override
            public void run(Instant scheduledFor) {
                attempts.add(clock.instant());
                if (attempts.size() == 1) {
                    throw new IllegalStateException("the database hiccuped");
                }
            }
        };
        TaskRunner runner = instance(flaky);
        runner.registerTasks();
        now.set(now.get().plus(Duration.ofHours(1)));
        runner.runDueTasks();
        runner.runDueTasks();
        assertThat(attempts).hasSize(1);
        now.set(now.get().plus(Duration.ofMinutes(1)));
        runner.runDueTasks();
        assertThat(attempts).hasSize(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
