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
 * process doing the scripted work of {@link CrashScenario} round after round, and a lunch
 * reminder to 600 people, killed with -9 every few seconds and started again at once. Prints what
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
        try (CrashRun run = new CrashRun(Duration.ofSeconds(45))) {
            run.start();
            CrashScenario work = new CrashScenario(run);
            work.prepare(60);
            work.addCrowd(CROWD);
            List<CrashRun.Kill> kills = new ArrayList<>();
            AtomicBoolean killing = new AtomicBoolean(true);
            Thread killer = new Thread(() -> {
                try {
                    for (int i = 0; i < KILLS; i++) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 5000));
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
            run.awaitReminderDue();
            run.awaitSettled(Duration.ofMinutes(3));

            List<Double> resumed = new ArrayList<>();
            long neverDelivered = 0;
            for (CrashRun.Kill k : kills) {
                if (k.inFlight().isEmpty()) {
                    continue;
                }
                // delivered long ago by now; how long it took is read from the history's time
                resumed.add(secondsUntilDelivered(run, k));
                neverDelivered += run.awaitDelivered(k.inFlight(), Duration.ofSeconds(1)) ? 0 : 1;
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
            print("messages being sent at a kill: %d kills had some; all delivered within %.1f s of the restart"
                    + " (%.1f s after the bot was up again; the restart itself took %.1f s on average); never: %d",
                    resumed.size(), resumed.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    resumed.stream().mapToDouble(Double::doubleValue).max().orElse(0) - meanStart, meanStart,
                    neverDelivered);
            counts.stream().filter(c -> c.lost() > 0 || c.repeated() > 0)
                    .forEach(c -> print("  %s: expected %d, got %d", c.what(), c.expected(), c.actual()));
        }
    }

    private static double secondsUntilDelivered(CrashRun run, CrashRun.Kill k) {
        java.util.Date latest = null;
        for (org.bson.Document d : run.store().getCollection("outbox_history")
                .find(new org.bson.Document("_id", new org.bson.Document("$in", k.inFlight())))) {
            java.util.Date at = d.getDate("at");
            if (latest == null || at.after(latest)) {
                latest = at;
            }
        }
        if (latest == null) {
            return Double.NaN;
        }
        long restartedAtMillis = System.currentTimeMillis() - (System.nanoTime() - k.restartedAtNanos()) / 1_000_000;
        return (latest.getTime() - restartedAtMillis) / 1000.0;
    }

    private static void print(String format, Object... args) {
        System.out.printf("BENCHMARK crash: " + format + "%n", args);
    }
}
