package com.houqin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;
import com.houqin.scheduler.TaskRunner;

/**
 * The whole application as it runs for real: its embedded MongoDB-compatible store over a
 * socket with the real driver, the real TelegramBots client polling a {@link FakeBotApi} on
 * localhost. One application serves every test class that extends this (Spring caches it);
 * each test starts with an empty store and fresh people.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BotIntegrationTest.TestClockConfiguration.class)
public abstract class BotIntegrationTest {

    public static final String TOKEN = "123456789:TEST_token-for-houqin";
    public static final long ADMIN_ID = 9_000_001L;
    protected static final FakeBotApi api = startApi();
    private static final Path dataDir = tempDir();
    private static final AtomicLong ids = new AtomicLong(100_000L);
    private static final java.util.concurrent.atomic.AtomicInteger updateIds = new java.util.concurrent.atomic.AtomicInteger(500_000_000);

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected TaskRunner tasks;

    @Autowired
    protected People people;

    @Autowired
    protected com.houqin.outbox.Outbox outbox;

    @DynamicPropertySource
    static void botProperties(DynamicPropertyRegistry registry) {
        registry.add("houqin.telegram.api-url", api::url);
        registry.add("houqin.telegram.token", () -> TOKEN);
        registry.add("houqin.telegram.poll-timeout", () -> "1s");
        registry.add("houqin.data-dir", dataDir::toString);
        registry.add("houqin.admins", () -> String.valueOf(ADMIN_ID));
        registry.add("houqin.outbox.per-chat-interval", () -> "100ms");
        registry.add("houqin.outbox.first-retry", () -> "200ms");
        registry.add("houqin.outbox.idle-poll", () -> "200ms");
        registry.add("houqin.scheduler.enabled", () -> "false");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.of("Asia/Shanghai"));
        }

        /** Lets {@code IndexCoverageTest} see every query the application sends. */
        @Bean
        org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer queryRecorder() {
            return builder -> builder.addCommandListener(com.houqin.store.QueryRecorder.INSTANCE);
        }

        /** A command that always fails, to show what a person sees when a handler breaks. */
        @Bean
        com.houqin.chat.Command crashCommand() {
            return new com.houqin.chat.Command() {
                @Override
                public String name() {
                    return "crash";
                }

                @Override
                public com.houqin.chat.Access access() {
                    return com.houqin.chat.Access.roles(Role.ADMIN);
                }

                @Override
                public String descriptionKey() {
                    return "command.help";
                }

                @Override
                public void handle(com.houqin.chat.Incoming in, String args) {
                    throw new IllegalStateException("a bug in a handler");
                }
            };
        }
    }

    @BeforeEach
    void startFromAnEmptyStore() {
        api.reset();
        clock.reset();
        // what the last test left queued is dropped, and what was being sent is let finish first:
        // its delivery record, written after the wipe, would make this test's same key look delivered
        mongo.getCollection("outbox").deleteMany(new Document("status", "PENDING"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (mongo.getCollection("outbox").countDocuments() > 0 && System.currentTimeMillis() < deadline) {
            mongo.getCollection("outbox").deleteMany(new Document("status", "PENDING"));
            sleep(20);
        }
        for (String name : mongo.getCollectionNames()) {
            mongo.getCollection(name).deleteMany(new Document());
        }
        people.ensureAdmin(ADMIN_ID);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ADMIN_ID)),
                new Update().set("name", "Ada Admin").set("department", "Logistics"), Person.class);
        tasks.registerTasks();
    }

    /**
     * Waits until everything queued has been delivered (the outbox is empty) and the fake Bot API
     * has been quiet a moment, so that counting messages now sees any duplicate a retry or a
     * second sender would have sent. Fails when that does not happen in time.
     */
    protected void awaitAllDelivered() {
        long deadline = System.nanoTime() + Phone.WAIT.toNanos();
        while (outbox.queued() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(outbox.queued() + " messages still queued after " + Phone.WAIT.toSeconds() + " s");
            }
            sleep(20);
        }
        api.awaitQuiet(java.time.Duration.ofMillis(300), Phone.WAIT);
    }

    protected Phone admin() {
        return new Phone(api, ADMIN_ID, "Ada", "en");
    }

    /** Someone the bot has never seen. */
    protected Phone stranger(String name, String languageCode) {
        return new Phone(api, ids.incrementAndGet(), name, languageCode);
    }

    /** An approved person with these roles (employee always), set up directly in the store. */
    protected Phone approved(String name, String department, Role... roles) {
        Phone phone = stranger(name, "en");
        Set<Role> all = new java.util.HashSet<>(Set.of(roles));
        all.add(Role.EMPLOYEE);
        mongo.insert(Person.approved(phone.id(), name, department, all, clock.instant(), ADMIN_ID));
        return phone;
    }

    /** A new Telegram update id, for a change made straight through a store as if by an update. */
    protected static int nextUpdateId() {
        return updateIds.incrementAndGet();
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FakeBotApi startApi() {
        try {
            return new FakeBotApi(TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("houqin-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
