package com.houqin.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.houqin.scheduler.LiveInstances;
import com.houqin.testing.BotInstance;
import com.houqin.testing.BotProcess;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.Phone;
import com.houqin.testing.TestClock;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Two polling instances on one store: one polls (it holds the lease), the other waits; when the
 * one polling is killed with -9, the other takes over within seconds, handles what the dead one
 * left, and each update is handled once.
 */
class PollingLeaseTest {

    private static final String TOKEN = "626262:LEASE_test-token";

    private final FakeBotApi api = FakeBotApi.start(TOKEN);
    private final MongoServer store = new MongoServer(new MemoryBackend());
    private ConfigurableApplicationContext second;

    @AfterEach
    void stop() {
        if (second != null) {
            second.close();
        }
        api.close();
        store.shutdownNow();
    }

    @Test
    void onlyTheLeaseHolderPollsAndAnotherTakesOverWithinSecondsWhenItIsKilled() throws Exception {
        String uri = "mongodb://" + store.bind().getHostString() + ":" + store.getLocalAddress().getPort() + "/houqin";
        Phone li = new Phone(api, 3001, "Li", "en");
        try (BotProcess first = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                "MONGODB_URI", uri), "--server.port=0", "--houqin.telegram.poll-timeout=1s",
                "--houqin.scheduler.enabled=false")) {
            li.send("/start");
            li.expect(m -> m.text().contains("full name"), Duration.ofSeconds(60));

            second = BotInstance.start(new TestClock(ZoneId.of("Asia/Shanghai")), "spring.data.mongodb.uri=" + uri,
                    "houqin.telegram.token=" + TOKEN, "houqin.telegram.api-url=" + api.url(),
                    "houqin.telegram.poll-timeout=1s", "houqin.scheduler.enabled=false");
            LongPolling secondPolling = second.getBean(LongPolling.class);
            String secondId = second.getBean(LiveInstances.class).id();
            MongoTemplate mongo = second.getBean(MongoTemplate.class);
            Thread.sleep(2000);
            String holder = mongo.findById(PollingLease.ID, PollingLease.Lease.class).holder();
            assertThat(holder).as("the first instance still polls").isNotEqualTo(secondId).isNotNull();
            assertThat(secondPolling.polling()).isFalse();

            li.send("Li Lei");
            var departments = li.expect("Which department");
            // let the first finish with that update (a kill in the middle may repeat the one in flight)
            api.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(10));
            Thread.sleep(500);

            first.kill9();
            long killed = System.nanoTime();
            li.tap(departments, "Finance");
            while (!secondPolling.polling() && System.nanoTime() - killed < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(50);
            }
            Duration takeOver = Duration.ofNanos(System.nanoTime() - killed);
            System.out.println("LEASE take-over after kill -9: " + takeOver.toMillis() + " ms");
            assertThat(secondPolling.polling()).as("the second instance polls").isTrue();
            assertThat(takeOver).isLessThan(Duration.ofSeconds(10));
            assertThat(mongo.findById(PollingLease.ID, PollingLease.Lease.class).holder()).isEqualTo(secondId);

            li.expect(m -> m.text().startsWith("Thank you"), Duration.ofSeconds(20));
            api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));
            assertThat(li.messages()).filteredOn(m -> m.text().contains("Which department")).hasSize(1);
            assertThat(li.messages()).filteredOn(m -> m.text().startsWith("Thank you")).hasSize(1);
        }
    }
}
