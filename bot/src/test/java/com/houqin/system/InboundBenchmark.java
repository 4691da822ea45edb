package com.houqin.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.houqin.testing.BotProcess;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import okhttp3.OkHttpClient;

/**
 * Inbound speed side by side (issue 11): a bare TelegramBots 10.2.0 echo bot (8 handler threads,
 * no storage) and Houqin (its own process, default JVM settings) against a fake Bot API each, in
 * one run, interleaved (bare, Houqin, bare, Houqin). Closed loop: each simulated person sends,
 * waits for the answer, sends again. 1, 10 and 100 chats; free text from approved people (the
 * "not understood" answer), {@code /help}, and a button press in a form (Houqin: the guests form,
 * "Lunch" and "« Back" in turn; the bare bot answers the press and sends a message with a button).
 * Prints replies/s, p50 and p99 and the ratios Houqin / bare, and Houqin's resident memory.
 *
 * <p>Houqin's outbox keeps Telegram's limits (30 messages/s overall, one a second per chat), which
 * would cap a closed loop at one answer a second per person: here they are set out of the way
 * ({@code houqin.outbox.per-second=1000000}, {@code per-chat-interval=0ms}); everything else is as
 * deployed (every update stored before it is confirmed, every answer saved before it is sent).
 *
 * <p>Not part of the build (a few minutes):
 * {@code ./mvnw -B -o -q -pl bot -am test -Dtest=InboundBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Options: {@code -Dbenchmark.jfr=/tmp/houqin.jfr} records a JFR profile of Houqin during the first
 * 100-chat text run; {@code -Dbenchmark.jvm="-Xmx128m -XX:+UseSerialGC"} gives Houqin's JVM
 * options (default: none; for a profile with whole stacks add {@code -XX:FlightRecorderOptions=stackdepth=256});
 * {@code -Dbenchmark.jcmd="VM.native_memory summary"} prints what that jcmd says about Houqin after the runs
 * (with {@code -XX:NativeMemoryTracking=summary} among its JVM options); {@code -Dbenchmark.rounds=2}, {@code -Dbenchmark.chats=1,10,100}, {@code -Dbenchmark.traffic=text,help,button}.
 * Houqin's actuator metrics are exposed so the benchmark can count its store commands per reply.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InboundBenchmark {

    private static final String BARE_TOKEN = "777011:BARE_bench-token";
    private static final String HOUQIN_TOKEN = "777012:HOUQIN_bench-token";
    private static final long ADMIN = 6_660_011L;
    private static final long FIRST_PERSON = 9_300_001L;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    private static final int[] CHATS = Arrays.stream(System.getProperty("benchmark.chats", "1,10,100").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    /** Messages each person sends in a measured run: 20 at 100 chats, as in the issue; more where fewer chats. */
    private static final Map<Integer, Integer> PER_PERSON = Map.of(1, 200, 10, 50, 100, 20);
    private static final List<Traffic> TRAFFIC = Arrays.stream(System.getProperty("benchmark.traffic",
            "text,help,button").split(",")).map(s -> Traffic.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT))).toList();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern WEB_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern STORE_PORT = Pattern.compile("listening on \\S*:(\\d+)");

    static {
        // The JDK's HttpServer (the fake Bot API) writes a response's headers and body apart; with
        // Nagle's algorithm on, the body then waits for the client's delayed ACK (about 40 ms) and
        // every call takes that long, for both bots alike. Off here, as Telegram's servers would be.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    enum Traffic {
        TEXT("text"), HELP("/help"), BUTTON("button in a form");

        final String label;

        Traffic(String label) {
            this.label = label;
        }
    }

    /** One measured run: how many answers, over how long, and how long each took. */
    record Result(String bot, Traffic traffic, int chats, int round, int replies, double seconds, double[] millis,
                  long storeCommands) {

        double perSecond() {
            return replies / seconds;
        }

        double p(double q) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    @Test
    void bareBotAndHouqinSideBySide() throws Exception {
        int maxChats = Arrays.stream(CHATS).max().orElse(100);
        List<Result> results = new ArrayList<>();
        List<String> memory = new ArrayList<>();
        try (BareTarget bare = new BareTarget(maxChats); HouqinTarget houqin = new HouqinTarget(maxChats)) {
            print("load before the runs: %s (2 cores; other builds may be running)", loadAverage());
            print("Houqin: pid %d, JVM options %s; outbox pacing out of the way (per-second=1000000,"
                    + " per-chat-interval=0ms)", houqin.process.pid(), houqin.jvmOptions.isEmpty() ? "(JVM defaults)"
                    : houqin.jvmOptions);
            print("Houqin idle after start: %s", houqin.memory());
            boolean profiled = false;
            for (Traffic traffic : TRAFFIC) {
                if (traffic == Traffic.BUTTON) {
                    // last: once the form is open, what people type goes to it
                    bare.prepareButtons(maxChats);
                    houqin.prepareButtons(maxChats);
                }
                // warm-up, not counted: the JIT and the connection pools
                run(bare, traffic, maxChats, 10, 0);
                run(houqin, traffic, maxChats, 10, 0);
                run(houqin, traffic, maxChats, 10, 0);
                print("Houqin after the warm-up for %s: %s", traffic.label, houqin.memory());
                for (int chats : CHATS) {
                    int each = PER_PERSON.getOrDefault(chats, Math.max(20, 2000 / chats));
                    for (int round = 1; round <= ROUNDS; round++) {
                        results.add(report(run(bare, traffic, chats, each, round)));
                        boolean profile = !profiled && traffic == Traffic.TEXT && chats == maxChats
                                && System.getProperty("benchmark.jfr") != null;
                        if (profile) {
                            houqin.startProfile(System.getProperty("benchmark.jfr"));
                        }
                        results.add(report(run(houqin, traffic, chats, each, round)));
                        if (profile) {
                            houqin.stopProfile();
                            profiled = true;
                        }
                        if (chats == maxChats) {
                            memory.add(traffic.label + ", " + chats + " chats, round " + round + ": " + houqin.memory());
                        }
                    }
                }
            }
            print("load after the runs: %s", loadAverage());
            summarize(results, memory);
            String diagnostic = System.getProperty("benchmark.jcmd", "").trim();
            if (!diagnostic.isEmpty()) {
                print("jcmd %s on Houqin after the runs:%n%s", diagnostic, houqin.jcmd(diagnostic.split("\\s+")));
            }
            print("Houqin's store on disk after the runs: %d MB", houqin.storeBytes() / (1024 * 1024));
            print("Houqin's store commands over the whole run, warm-up included (Micrometer's mongodb.driver.commands):"
                    + "%n%s", houqin.storeBreakdown());
        }
    }

    private static Result report(Result r) {
        print("%-6s %-17s %3d chats, round %d: %5d replies in %6.2f s: %7.1f replies/s, p50 %6.1f ms, p99 %6.1f ms%s",
                r.bot(), r.traffic().label, r.chats(), r.round(), r.replies(), r.seconds(), r.perSecond(), r.p(0.5),
                r.p(0.99), r.storeCommands() < 0 ? ""
                        : String.format("; %.1f store commands per reply", (double) r.storeCommands() / r.replies()));
        return r;
    }

    private static void summarize(List<Result> results, List<String> memory) {
        StringBuilder out = new StringBuilder("\n");
        for (int chats : CHATS) {
            out.append(String.format("%n%d chat%s, closed loop (%s messages each):%n%n", chats, chats == 1 ? "" : "s",
                    PER_PERSON.getOrDefault(chats, Math.max(20, 2000 / chats))));
            out.append("| bot | replies/s | p50 | p99 |\n|---|---|---|---|\n");
            for (Traffic traffic : TRAFFIC) {
                for (String bot : List.of("bare", "Houqin")) {
                    List<Result> rs = pick(results, bot, traffic, chats);
                    out.append(String.format("| %s, %s | %s | %s ms | %s ms |%n",
                            bot.equals("bare") ? "bare TelegramBots 10.2.0 echo bot" : "Houqin", traffic.label,
                            range(rs, Result::perSecond, "%,.0f"), range(rs, r -> r.p(0.5), "%.1f"),
                            range(rs, r -> r.p(0.99), "%.1f")));
                }
            }
        }
        out.append("\nHouqin / bare (means over the rounds):\n\n| traffic | chats | replies/s | p50 | p99 |\n|---|---|---|---|---|\n");
        for (Traffic traffic : TRAFFIC) {
            for (int chats : CHATS) {
                List<Result> b = pick(results, "bare", traffic, chats);
                List<Result> h = pick(results, "Houqin", traffic, chats);
                out.append(String.format("| %s | %d | %.2f× | %.2f× | %.2f× |%n", traffic.label, chats,
                        mean(h, Result::perSecond) / mean(b, Result::perSecond),
                        mean(h, r -> r.p(0.5)) / mean(b, r -> r.p(0.5)),
                        mean(h, r -> r.p(0.99)) / mean(b, r -> r.p(0.99))));
            }
        }
        out.append("\nHouqin's resident memory after each largest run:\n");
        memory.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("(Houqin's outbox pacing was set out of the way: houqin.outbox.per-second=1000000,"
                + " houqin.outbox.per-chat-interval=0ms)\n");
        print("%s", out);
    }

    private static List<Result> pick(List<Result> results, String bot, Traffic traffic, int chats) {
        return results.stream().filter(r -> r.bot().equals(bot) && r.traffic() == traffic && r.chats() == chats).toList();
    }

    private static double mean(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
        return rs.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static String range(List<Result> rs, java.util.function.ToDoubleFunction<Result> f, String format) {
        double min = rs.stream().mapToDouble(f).min().orElse(Double.NaN);
        double max = rs.stream().mapToDouble(f).max().orElse(Double.NaN);
        String a = String.format(format, min);
        String b = String.format(format, max);
        return a.equals(b) ? a : a + "–" + b;
    }

    /** {@code chats} people at once, each sending {@code each} messages, each after the answer to the last. */
    private static Result run(Target target, Traffic traffic, int chats, int each, int round) throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(chats);
        CountDownLatch ready = new CountDownLatch(chats);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<double[]>> done = new ArrayList<>();
        long[] lastAnswer = new long[chats];
        for (int c = 0; c < chats; c++) {
            int person = c;
            done.add(people.submit(() -> {
                double[] millis = new double[each];
                ready.countDown();
                go.await();
                for (int i = 0; i < each; i++) {
                    long[] answeredAt = {0};
                    long sentAt = target.ask(person, traffic, answeredAt);
                    millis[i] = (answeredAt[0] - sentAt) / 1e6;
                    lastAnswer[person] = answeredAt[0];
                }
                return millis;
            }));
        }
        ready.await();
        long commandsBefore = target.storeCommands();
        long start = System.nanoTime();
        go.countDown();
        List<Double> all = new ArrayList<>();
        try {
            for (Future<double[]> f : done) {
                for (double d : f.get(10, TimeUnit.MINUTES)) {
                    all.add(d);
                }
            }
        } finally {
            people.shutdownNow();
        }
        long end = Arrays.stream(lastAnswer).max().orElse(start);
        target.api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(60));
        long commands = commandsBefore < 0 ? -1 : target.storeCommands() - commandsBefore;
        return new Result(target.name, traffic, chats, round, all.size(), (end - start) / 1e9,
                all.stream().mapToDouble(Double::doubleValue).toArray(), commands);
    }

    /** A bot under test, its own fake Bot API, and the people who write to it. */
    private abstract static class Target implements AutoCloseable {

        final String name;
        final FakeBotApi api;
        final List<Phone> phones = new ArrayList<>();
        final Map<Long, BlockingQueue<Answer>> inboxes = new ConcurrentHashMap<>();
        /** The newest message with buttons in each chat: what the next press is on. */
        final Map<Long, SentMessage> buttonMessages = new ConcurrentHashMap<>();

        record Answer(SentMessage message, long atNanos) {
        }

        Target(String name, String token, int people) {
            this.name = name;
            this.api = FakeBotApi.start(token);
            // no empty polls during a run (the fake answers an empty poll after this, Telegram after its timeout)
            api.setMaxHold(Duration.ofSeconds(50));
            for (int i = 0; i < people; i++) {
                long id = FIRST_PERSON + i;
                phones.add(new Phone(api, id, "Person" + i, "en"));
                inboxes.put(id, new LinkedBlockingQueue<>());
            }
            api.onSent(m -> {
                BlockingQueue<Answer> inbox = inboxes.get(m.chatId());
                if (inbox != null) {
                    inbox.add(new Answer(m, System.nanoTime()));
                }
            });
        }

        /** Sends the person's next message and waits for its answer; returns when it was sent. */
        long ask(int person, Traffic traffic, long[] answeredAt) throws InterruptedException {
            Phone phone = phones.get(person);
            BlockingQueue<Answer> inbox = inboxes.get(phone.id());
            inbox.clear();
            ObjectNode update = switch (traffic) {
                case TEXT -> phone.textUpdate("hello, how are you " + person);
                case HELP -> phone.textUpdate("/help");
                case BUTTON -> tapUpdate(phone);
            };
            long sentAt = System.nanoTime();
            api.push(update);
            Predicate<SentMessage> expected = answers(traffic);
            long deadline = sentAt + PATIENCE.toNanos();
            while (true) {
                Answer a = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (a == null) {
                    throw new AssertionError(name + ": no answer to " + traffic.label + " from chat " + phone.id()
                            + " within " + PATIENCE + "; the chat:\n" + api.describe(phone.id()));
                }
                if (expected.test(a.message())) {
                    if (traffic == Traffic.BUTTON) {
                        buttonMessages.put(phone.id(), a.message());
                    }
                    answeredAt[0] = a.atNanos();
                    return sentAt;
                }
            }
        }

        /** Waits for the first message to the chat that matches (for setting up, not measured). */
        SentMessage awaitAnswer(Phone phone, Predicate<SentMessage> match) throws InterruptedException {
            BlockingQueue<Answer> inbox = inboxes.get(phone.id());
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (true) {
                Answer a = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (a == null) {
                    throw new AssertionError(name + ": setting up chat " + phone.id() + " failed; the chat:\n"
                            + api.describe(phone.id()));
                }
                if (match.test(a.message())) {
                    return a.message();
                }
            }
        }

        abstract Predicate<SentMessage> answers(Traffic traffic);

        /** How many commands the bot has sent to its store so far; -1: it has none. */
        long storeCommands() {
            return -1;
        }

        abstract ObjectNode tapUpdate(Phone phone);

        /** Brings each chat to a message with a button to press. */
        abstract void prepareButtons(int chats) throws Exception;

        @Override
        public void close() throws Exception {
            api.close();
        }
    }

    /**
     * The bare bot: TelegramBots' long polling and OkHttp client (configured as Houqin configures
     * them), a consumer handing each update to one of 8 threads, which echoes the text, or answers
     * a button press and sends a message with a button.
     */
    private static final class BareTarget extends Target {

        private final TelegramBotsLongPollingApplication app;
        private final ExecutorService handlers = Executors.newFixedThreadPool(8);
        private final TelegramClient client;

        BareTarget(int people) throws TelegramApiException {
            super("bare", BARE_TOKEN, people);
            URI uri = URI.create(api.url());
            TelegramUrl url = new TelegramUrl(uri.getScheme(), uri.getHost(), uri.getPort(), false);
            OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                    .readTimeout(Duration.ofSeconds(65)).writeTimeout(Duration.ofSeconds(30)).build();
            client = new OkHttpTelegramClient(http, BARE_TOKEN, url);
            app = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http);
            LongPollingUpdateConsumer consumer = updates -> updates.forEach(u -> handlers.execute(() -> answer(u)));
            app.registerBot(BARE_TOKEN, () -> url,
                    last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(50).build(), consumer);
        }

        private void answer(Update update) {
            try {
                if (update.hasCallbackQuery()) {
                    var query = update.getCallbackQuery();
                    client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
                    client.execute(SendMessage.builder().chatId(query.getMessage().getChatId())
                            .text("pressed " + query.getData()).replyMarkup(again()).build());
                } else if (update.hasMessage() && update.getMessage().hasText()) {
                    client.execute(SendMessage.builder().chatId(update.getMessage().getChatId())
                            .text(update.getMessage().getText()).build());
                }
            } catch (TelegramApiException e) {
                e.printStackTrace();
            }
        }

        private static InlineKeyboardMarkup again() {
            return InlineKeyboardMarkup.builder()
                    .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder().text("again").callbackData("again")
                            .build()))
                    .build();
        }

        @Override
        Predicate<SentMessage> answers(Traffic traffic) {
            return m -> true;
        }

        @Override
        ObjectNode tapUpdate(Phone phone) {
            SentMessage on = buttonMessages.get(phone.id());
            return tap(phone, on, "again");
        }

        @Override
        void prepareButtons(int chats) throws InterruptedException {
            for (int i = 0; i < chats; i++) {
                Phone phone = phones.get(i);
                api.push(tap(phone, new SentMessage(phone.id(), 1, "sendmessage", api.json().createObjectNode(),
                        List.of()), "again"));
                buttonMessages.put(phone.id(), awaitAnswer(phone, m -> true));
            }
        }

        @Override
        public void close() throws Exception {
            app.close();
            handlers.shutdownNow();
            super.close();
        }
    }

    /**
     * Houqin as its own process on a fresh embedded store, the people written into the store as
     * approved employees before they write.
     */
    private static final class HouqinTarget extends Target {

        private static final String WHICH_MEAL = "Guests for which meal";
        private static final String HOW_MANY = "How many guests";
        private final Path data;
        private final List<String> jvmOptions;
        private final BotProcess process;
        private final URI metrics;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private Path profile;

        HouqinTarget(int people) throws Exception {
            super("Houqin", HOUQIN_TOKEN, people);
            data = Files.createTempDirectory("houqin-bench");
            String options = System.getProperty("benchmark.jvm", "").trim();
            List<String> given = options.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(options.split("\\s+")));
            if (System.getProperty("benchmark.jfr") != null) {
                // whole stacks, so each sample shows which of Houqin's calls it is in
                given.add("-XX:FlightRecorderOptions=stackdepth=256");
            }
            jvmOptions = List.copyOf(given);
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", HOUQIN_TOKEN, "TELEGRAM_API_URL", api.url(),
                    "HOUQIN_DATA_DIR", data.toString(), "HOUQIN_ADMINS", String.valueOf(ADMIN),
                    "HOUQIN_TIMEZONE", "UTC");
            process = BotProcess.start(env, jvmOptions, "--server.port=0",
                    "--houqin.outbox.per-second=1000000", "--houqin.outbox.per-chat-interval=0ms",
                    "--management.endpoints.web.exposure.include=health,info,metrics",
                    "--houqin.meal.service-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!process.output().contains("Receiving updates from")) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Houqin did not start:\n" + process.output());
                }
                Thread.sleep(50);
            }
            Matcher web = WEB_PORT.matcher(process.output());
            if (!web.find()) {
                throw new AssertionError("no web port in Houqin's output:\n" + process.output());
            }
            metrics = URI.create("http://127.0.0.1:" + web.group(1) + "/actuator/metrics/mongodb.driver.commands");
            Matcher port = STORE_PORT.matcher(process.output());
            if (!port.find()) {
                throw new AssertionError("no store port in Houqin's output:\n" + process.output());
            }
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port.group(1)
                    + "/?serverSelectionTimeoutMS=5000")) {
                List<Document> docs = new ArrayList<>();
                for (Phone p : phones) {
                    docs.add(new Document("_id", p.id()).append("name", p.firstName()).append("department", "Logistics")
                            .append("roles", List.of("EMPLOYEE")).append("status", "APPROVED")
                            .append("unreachable", false).append("joinedAt", Date.from(Instant.now())));
                }
                client.getDatabase("houqin").getCollection("people").insertMany(docs);
            }
        }

        @Override
        Predicate<SentMessage> answers(Traffic traffic) {
            return switch (traffic) {
                case TEXT -> m -> m.text().contains("I did not understand that");
                case HELP -> m -> m.text().contains("Here is what you can do");
                case BUTTON -> m -> m.text().contains(WHICH_MEAL) || m.text().contains(HOW_MANY);
            };
        }

        /** "Lunch" on the question which meal, "« Back" on the question how many: the form goes back and forth. */
        @Override
        ObjectNode tapUpdate(Phone phone) {
            SentMessage on = buttonMessages.get(phone.id());
            return tap(phone, on, on.text().contains(WHICH_MEAL) ? "Lunch" : "« Back");
        }

        @Override
        void prepareButtons(int chats) throws InterruptedException {
            for (int i = 0; i < chats; i++) {
                Phone phone = phones.get(i);
                inboxes.get(phone.id()).clear();
                phone.send("/meal tomorrow");
                SentMessage day = awaitAnswer(phone, m -> m.buttonData("👥 Guests") != null);
                api.push(tap(phone, day, "👥 Guests"));
                buttonMessages.put(phone.id(), awaitAnswer(phone, m -> m.text().contains(WHICH_MEAL)));
            }
        }

        @Override
        long storeCommands() {
            com.fasterxml.jackson.databind.JsonNode m = metric("");
            if (m == null) {
                return -2;
            }
            for (com.fasterxml.jackson.databind.JsonNode measurement : m.get("measurements")) {
                if (measurement.get("statistic").asText().equals("COUNT")) {
                    return measurement.get("value").asLong();
                }
            }
            return -2;
        }

        /** The store commands by command and by collection, most first. */
        String storeBreakdown() {
            com.fasterxml.jackson.databind.JsonNode all = metric("");
            if (all == null) {
                return "  (no metrics)";
            }
            StringBuilder out = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonNode tag : all.get("availableTags")) {
                String name = tag.get("tag").asText();
                if (!name.equals("command") && !name.equals("collection")) {
                    continue;
                }
                List<Map.Entry<String, Long>> counts = new ArrayList<>();
                for (com.fasterxml.jackson.databind.JsonNode value : tag.get("values")) {
                    com.fasterxml.jackson.databind.JsonNode m = metric("?tag=" + name + ":"
                            + java.net.URLEncoder.encode(value.asText(), java.nio.charset.StandardCharsets.UTF_8));
                    long count = m == null ? 0 : m.get("measurements").get(0).get("value").asLong();
                    counts.add(Map.entry(value.asText(), count));
                }
                counts.sort(Map.Entry.<String, Long>comparingByValue().reversed());
                out.append("  by ").append(name).append(": ");
                counts.forEach(e -> out.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
                out.setLength(out.length() - 2);
                out.append('\n');
            }
            return out.toString();
        }

        private com.fasterxml.jackson.databind.JsonNode metric(String query) {
            try {
                var response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(metrics + query)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? api.json().readTree(response.body()) : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        String memory() {
            try {
                Map<String, String> status = new LinkedHashMap<>();
                for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                    if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                        String[] parts = line.split("\\s+");
                        status.put(parts[0].replace(":", ""), Long.parseLong(parts[1]) / 1024 + " MB");
                    }
                }
                return "resident " + status.get("VmRSS") + " (peak " + status.get("VmHWM") + ")";
            } catch (IOException | RuntimeException e) {
                return "(no /proc: " + e.getMessage() + ")";
            }
        }

        void startProfile(String file) throws IOException, InterruptedException {
            profile = Path.of(file).toAbsolutePath();
            jcmd("JFR.start", "name=inbound", "settings=profile", "filename=" + profile);
        }

        void stopProfile() throws IOException, InterruptedException {
            jcmd("JFR.stop", "name=inbound");
            print("JFR profile of Houqin during the run just above: %s%n%s", profile, ProfileSummary.of(profile));
        }

        private String jcmd(String... args) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
            command.add(String.valueOf(process.pid()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new AssertionError("jcmd failed: " + out);
            }
            return out;
        }

        long storeBytes() throws IOException {
            try (var files = Files.walk(data)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }

        @Override
        public void close() throws Exception {
            if (process != null) {
                process.close();
            }
            super.close();
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * The top items of a JFR recording: CPU samples and sampled allocation by the innermost library on
     * the stack and by the innermost Houqin call (else the thread), and the store's allocation sites.
     */
    static final class ProfileSummary {

        private static final List<Map.Entry<String, List<String>>> LIBRARIES = List.of(
                Map.entry("H2 MVStore (under the embedded store)", List.of("org.h2.")),
                Map.entry("embedded MongoDB server (mongo-java-server)", List.of("de.bwaldvogel.")),
                Map.entry("MongoDB driver and BSON", List.of("com.mongodb.", "org.bson.")),
                Map.entry("Spring Data mapping", List.of("org.springframework.data.")),
                Map.entry("Jackson", List.of("com.fasterxml.jackson.")),
                Map.entry("OkHttp / TelegramBots", List.of("okhttp3.", "okio.", "org.telegram.")),
                Map.entry("Micrometer", List.of("io.micrometer.")),
                Map.entry("Houqin's own code", List.of("com.houqin.")));

        static String of(Path file) {
            try {
                Map<String, Double> cpuByLibrary = new java.util.HashMap<>();
                Map<String, Double> cpuByCall = new java.util.HashMap<>();
                Map<String, Double> allocByCall = new java.util.HashMap<>();
                Map<String, Double> allocInStore = new java.util.HashMap<>();
                double[] totals = new double[2];
                for (jdk.jfr.consumer.RecordedEvent e : jdk.jfr.consumer.RecordingFile.readAllEvents(file)) {
                    String type = e.getEventType().getName();
                    boolean cpu = type.equals("jdk.ExecutionSample");
                    if ((!cpu && !type.equals("jdk.ObjectAllocationSample")) || e.getStackTrace() == null) {
                        continue;
                    }
                    List<String> frames = e.getStackTrace().getFrames().stream()
                            .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
                    jdk.jfr.consumer.RecordedThread thread = cpu ? e.getThread("sampledThread") : e.getThread();
                    String call = frames.stream().filter(f -> f.startsWith("com.houqin.")).findFirst()
                            .map(f -> f.substring("com.houqin.".length()))
                            .orElse("thread " + (thread == null || thread.getJavaName() == null ? "?"
                                    : thread.getJavaName().replaceAll("\\d+", "N")));
                    if (cpu) {
                        totals[0]++;
                        cpuByCall.merge(call, 1.0, Double::sum);
                        cpuByLibrary.merge(library(frames), 1.0, Double::sum);
                    } else {
                        double weight = e.getLong("weight");
                        totals[1] += weight;
                        allocByCall.merge(call, weight, Double::sum);
                        String h2 = frames.stream().filter(f -> f.startsWith("org.h2.")).findFirst().orElse(null);
                        String server = frames.stream().filter(f -> f.startsWith("de.bwaldvogel.")).findFirst()
                                .orElse(null);
                        if (h2 != null || server != null) {
                            allocInStore.merge(short_(h2) + " < " + short_(server), weight, Double::sum);
                        }
                    }
                }
                StringBuilder out = new StringBuilder();
                out.append(String.format("  %d CPU samples, %.2f GB allocation sampled%n", (long) totals[0],
                        totals[1] / 1e9));
                top(out, "CPU by the innermost library on the stack", cpuByLibrary, totals[0], 10);
                top(out, "CPU by the innermost Houqin call (else the thread)", cpuByCall, totals[0], 15);
                top(out, "allocation by the innermost Houqin call (else the thread)", allocByCall, totals[1], 10);
                top(out, "allocation in the store (first H2 frame < first mongo-java-server frame)", allocInStore,
                        totals[1], 8);
                return out.toString();
            } catch (IOException | RuntimeException e) {
                return "  (could not read the recording: " + e + ")";
            }
        }

        private static String library(List<String> frames) {
            for (String f : frames) {
                for (Map.Entry<String, List<String>> lib : LIBRARIES) {
                    if (lib.getValue().stream().anyMatch(f::startsWith)) {
                        return lib.getKey();
                    }
                }
            }
            return "the JDK alone";
        }

        private static String short_(String frame) {
            if (frame == null) {
                return "-";
            }
            int method = frame.lastIndexOf('.');
            int type = frame.lastIndexOf('.', method - 1);
            return frame.substring(type + 1);
        }

        private static void top(StringBuilder out, String title, Map<String, Double> counts, double total, int n) {
            out.append("  ").append(title).append(":\n");
            counts.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(n)
                    .forEach(e -> out.append(String.format("    %5.1f %%  %s%n", 100 * e.getValue() / total, e.getKey())));
        }
    }

    /** A press on the button whose label contains {@code label} (any data for the bare bot). */
    private static ObjectNode tap(Phone phone, SentMessage on, String label) {
        String found = on.buttonData(label);
        String data = found == null ? label : found;
        // built here rather than with Phone.tapData, which pushes at once: the clock starts at the push
        ObjectNode update = new ObjectMapper().createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "bench" + System.nanoTime());
        ObjectNode from = query.putObject("from");
        from.put("id", phone.id());
        from.put("is_bot", false);
        from.put("first_name", phone.firstName());
        from.put("language_code", "en");
        query.put("chat_instance", "ci" + phone.id());
        query.put("data", data);
        ObjectNode msg = query.putObject("message");
        msg.put("message_id", on.messageId());
        msg.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = msg.putObject("chat");
        chat.put("id", on.chatId());
        chat.put("type", "private");
        msg.put("text", on.text());
        return update;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void print(String format, Object... args) {
        System.out.printf("BENCHMARK inbound: " + format + "%n", args);
    }
}
