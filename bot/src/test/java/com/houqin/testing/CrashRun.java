package com.houqin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * The bot as its own process on an embedded store in a folder of its own, talking to a fake Bot
 * API in the test, to be killed with -9 and started again on the same data. The test reaches the
 * store through the embedded server's port (read from the bot's log) to set people up and to count
 * what is there in the end.
 */
public final class CrashRun implements AutoCloseable {

    public static final String TOKEN = "777002:CRASH_test-token";
    public static final long ADMIN = 6_660_001L;
    private static final Pattern STORE_PORT = Pattern.compile("listening on \\S*:(\\d+)");

    private final FakeBotApi api = FakeBotApi.start(TOKEN);
    private final Path data;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> args = new ArrayList<>();
    private final List<Duration> restarts = new ArrayList<>();
    private final java.time.Instant reminderAt;
    private BotProcess process;
    private MongoClient client;
    private int kills;

    /**
     * {@code lunchReminderIn}: today's lunch cut-off is set so that its reminder goes out about
     * this long after the start (business time in UTC; every day a service day).
     */
    public CrashRun(Duration lunchReminderIn, String... settings) throws IOException {
        this.data = Files.createTempDirectory("houqin-crash");
        this.reminderAt = java.time.Instant.now().plus(lunchReminderIn);
        ZonedDateTime cutoff = ZonedDateTime.now(ZoneOffset.UTC).plus(lunchReminderIn).plusMinutes(3)
                .withSecond(0).withNano(0);
        Duration lead = Duration.between(ZonedDateTime.now(ZoneOffset.UTC).plus(lunchReminderIn), cutoff);
        env.putAll(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                "HOUQIN_DATA_DIR", data.toString(), "HOUQIN_ADMINS", String.valueOf(ADMIN), "HOUQIN_TIMEZONE", "UTC"));
        args.addAll(List.of("--server.port=0", "--houqin.telegram.poll-timeout=1s", "--houqin.scheduler.tick=1s",
                "--houqin.meal.service-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--houqin.meal.meals.lunch.cutoff=" + cutoff.toLocalTime(),
                "--houqin.meal.meals.breakfast.enabled=false", "--houqin.meal.meals.dinner.enabled=false",
                "--houqin.meal.reminder-lead=" + lead.toSeconds() + "s",
                "--houqin.outbox.per-chat-interval=200ms", "--houqin.outbox.first-retry=200ms"));
        args.addAll(List.of(settings));
    }

    public FakeBotApi api() {
        return api;
    }

    public void start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        process = BotProcess.start(env, args.toArray(String[]::new));
        awaitOutput("Receiving updates from", Duration.ofSeconds(90));
        restarts.add(Duration.ofNanos(System.nanoTime() - started));
        Matcher port = STORE_PORT.matcher(process.output());
        if (!port.find()) {
            throw new AssertionError("no store port in the bot's output:\n" + process.output());
        }
        if (client != null) {
            client.close();
        }
        client = MongoClients.create("mongodb://127.0.0.1:" + port.group(1) + "/?serverSelectionTimeoutMS=5000");
    }

    /** What a kill left: the messages being sent at that moment, and when the bot was started again. */
    public record Kill(List<String> inFlight, java.time.Instant killedAt, java.time.Instant readyAt) {
    }

    /** kill -9, then start again at once on the same data. */
    public Kill killAndRestart() throws IOException, InterruptedException {
        List<String> inFlight = new ArrayList<>();
        try {
            store().getCollection("outbox").find(new Document("status", "SENDING"))
                    .forEach(d -> inFlight.add(d.getString("_id")));
        } catch (RuntimeException e) {
            // the look is only for the figures
        }
        process.kill9();
        kills++;
        java.time.Instant killed = java.time.Instant.now();
        start();
        return new Kill(inFlight, killed, java.time.Instant.now());
    }

    /** Waits until these messages are delivered (in the delivery history); false if not within the timeout. */
    public boolean awaitDelivered(List<String> keys, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            long done = store().getCollection("outbox_history")
                    .countDocuments(new Document("_id", new Document("$in", keys)));
            if (done == keys.size()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits until the lunch reminder has fallen due (it may then still be on its way). */
    public void awaitReminderDue() throws InterruptedException {
        long left = java.time.Duration.between(java.time.Instant.now(), reminderAt).toMillis();
        if (left > 0) {
            Thread.sleep(left + 2000);
        }
    }

    public int kills() {
        return kills;
    }

    /** How long each start took until the bot polled again (the first start included). */
    public List<Duration> starts() {
        return List.copyOf(restarts);
    }

    public MongoDatabase store() {
        return client.getDatabase("houqin");
    }

    /**
     * Waits until nothing is left to send, every stored update is handled and no scheduled run is
     * under way (a run taken up again after a kill may still be queueing).
     */
    public void awaitSettled(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (settled()) {
                api.awaitQuiet(Duration.ofMillis(1500), Duration.ofSeconds(10));
                if (settled()) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still not settled after " + timeout + ": outbox "
                + store().getCollection("outbox").countDocuments() + ", unhandled "
                + store().getCollection("updates").countDocuments(new Document("handled", false)));
    }

    private boolean settled() {
        return store().getCollection("outbox").countDocuments() == 0
                && store().getCollection("updates").countDocuments(new Document("handled", false)) == 0
                && store().getCollection("scheduled_tasks").countDocuments(
                        new Document("leaseOwner", new Document("$ne", null))) == 0
                && api.unconfirmed() == 0;
    }

    public String output() {
        return process == null ? "" : process.output();
    }

    private void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!process.output().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot did not start:\n" + process.output());
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        if (process != null) {
            process.close();
        }
        api.close();
    }
}
