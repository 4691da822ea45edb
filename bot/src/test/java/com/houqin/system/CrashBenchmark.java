package com.houqin.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.houqin.testing.CrashRun;
import com.houqin.testing.CrashScenario;
import com.houqin.testing.CrashScenario.Count;

/**
 * Figures for "nothing is forgotten, even at a crash", over many kills: the bot as its own
 * process doing the scripted work of {@link CrashScenario} round after round, killed with -9 every
 * few seconds and started again at once, then a lunch reminder to 600 people killed half-way. Prints what
 * was lost and repeated, and how long after each restart the messages that were being sent at
 * the kill reached their people. Not part of the build:
 * {@code ./mvnw -B -pl bot -am test -Dtest=CrashBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CrashBenchmark {

    private static final int KILLS = Integer.getInteger("crash.kills", 20);
    private static final int CROWD = 600;

    @Test
    void killsWhileTheBotWorks() throws Exception {
        try (CrashRun run = new CrashRun(Duration.ofSeconds(Integer.getInteger("crash.reminder-after", 420)))) {
            run.start();
            CrashScenario work = new CrashScenario(run);
            work.prepare(60);
            work.addCrowd(CROWD);
            List<CrashRun.Kill> kills = new ArrayList<>();
            AtomicBoolean killing = new AtomicBoolean(true);
            Thread killer = new Thread(() -> {
                try {
                    for (int i = 0; i < KILLS; i++) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(3000, 10000));
                        CrashRun.Kill k = run.killAndRestart();
                        synchronized (kills) {
                            kills.add(k);
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    killing.set(false);
                }
            }, "killer");
            killer.start();
            int rounds = 0;
            while (killing.get() && rounds < 60) {
                work.round();
                work.chatter(5);
                rounds++;
            }
            killer.join();
            // the lunch reminder, killed once half-way through its 600 messages
            run.awaitReminderDue();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (work.remindersDelivered() < CROWD / 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            kills.add(run.killAndRestart());
            run.awaitSettled(Duration.ofMinutes(3));

            // for each kill that left messages being sent: when the last of them was delivered, counted
            // from the moment the bot was up again after the restart that delivered it
            List<Double> afterReady = new ArrayList<>();
            List<Double> afterKill = new ArrayList<>();
            long neverDelivered = 0;
            for (int i = 0; i < kills.size(); i++) {
                CrashRun.Kill k = kills.get(i);
                if (k.inFlight().isEmpty()) {
                    continue;
                }
                if (!run.awaitDelivered(k.inFlight(), Duration.ofSeconds(1))) {
                    neverDelivered++;
                    continue;
                }
                java.time.Instant delivered = lastDelivery(run, k.inFlight());
                CrashRun.Kill restart = k;
                for (int j = i + 1; j < kills.size() && kills.get(j).readyAt().isBefore(delivered); j++) {
                    restart = kills.get(j);
                }
                afterReady.add(Math.max(0, Duration.between(restart.readyAt(), delivered).toMillis() / 1000.0));
                if (restart == k) {
                    afterKill.add(Duration.between(k.killedAt(), delivered).toMillis() / 1000.0);
                }
            }
            List<Count> counts = work.check();
            long lostUpdates = counts.stream().filter(c -> c.what().startsWith("update")).mapToLong(Count::lost).sum();
            long lostRecords = counts.stream().filter(c -> c.what().startsWith("record")).mapToLong(Count::lost).sum();
            long lostNotices = counts.stream().filter(c -> c.what().startsWith("notice")).mapToLong(Count::lost).sum();
            long repeatedNotices = counts.stream().filter(c -> c.what().startsWith("notice"))
                    .mapToLong(Count::repeated).sum();
            double meanStart = run.starts().stream().skip(1).mapToLong(Duration::toMillis).average().orElse(0) / 1000;
            print("%d kills over %d rounds of scripted work (%d people, a lunch reminder to %d)", run.kills(), rounds,
                    rounds * 7 + CROWD, CROWD);
            print("updates lost: %d; records lost: %d; notices lost: %d", lostUpdates, lostRecords, lostNotices);
            print("notices repeated: %d; any message to a chat twice with the same text: %d (%.2f per kill)",
                    repeatedNotices, work.repeatedMessages(), (double) work.repeatedMessages() / run.kills());
            print("messages being sent at a kill: %d kills had some; the last of them delivered at most %.1f s"
                    + " (mean %.1f s) after the bot was up again; at most %.1f s after the kill itself (the restart"
                    + " took %.1f s on average); never delivered: %d", afterReady.size(),
                    afterReady.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    afterReady.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    afterKill.stream().mapToDouble(Double::doubleValue).max().orElse(0), meanStart, neverDelivered);
            counts.stream().filter(c -> c.lost() > 0 || c.repeated() > 0)
                    .forEach(c -> print("  %s: expected %d, got %d", c.what(), c.expected(), c.actual()));
        }
    }

    private static java.time.Instant lastDelivery(CrashRun run, List<String> keys) {
        java.util.Date latest = new java.util.Date(0);
        for (org.bson.Document d : run.store().getCollection("outbox_history")
                .find(new org.bson.Document("_id", new org.bson.Document("$in", keys)))) {
            if (d.getDate("at").after(latest)) {
                latest = d.getDate("at");
            }
        }
        return latest.toInstant();
    }

    private static void print(String format, Object... args) {
        System.out.printf("BENCHMARK crash: " + format + "%n", args);
    }
}
