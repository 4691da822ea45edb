package com.houqin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;
import com.houqin.testing.BotInstance;
import com.houqin.testing.CuttableProxy;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.Phone;
import com.houqin.testing.TestClock;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The store out of reach for a while, the bot running on: people are told it is having trouble,
 * nothing they sent is lost or answered twice, and when the store is back the bot carries on by
 * itself (no restart).
 */
class StoreOutageTest {

    private static final String TOKEN = "777001:OUTAGE_test-token";
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private final MongoServer store = new MongoServer(new MemoryBackend());
    private final InetSocketAddress storeAddress = store.bind();
    private final FakeBotApi api = FakeBotApi.start(TOKEN);
    private CuttableProxy proxy;
    private ConfigurableApplicationContext bot;

    @AfterEach
    void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        api.close();
        store.shutdown();
    }

    @Test
    void nothingIsLostWhileTheStoreIsAwayAndTheBotCarriesOnWhenItIsBack() throws Exception {
        proxy = new CuttableProxy(storeAddress);
        bot = BotInstance.start(new TestClock(ZoneId.of("Asia/Shanghai")),
                "spring.data.mongodb.uri=mongodb://127.0.0.1:" + proxy.port() + "/houqin",
                "houqin.telegram.token=" + TOKEN, "houqin.telegram.api-url=" + api.url(),
                "houqin.telegram.poll-timeout=1s", "houqin.scheduler.enabled=false", "houqin.store.timeout=1s",
                "houqin.outbox.idle-poll=200ms", "houqin.outbox.per-chat-interval=100ms");
        MongoTemplate mongo = bot.getBean(MongoTemplate.class);
        Phone ann = new Phone(api, 4001, "Ann", "en");
        mongo.insert(Person.approved(ann.id(), "Ann", "Finance", Set.of(Role.EMPLOYEE), java.time.Instant.now(), null));
        ann.send("/help");
        ann.expect("Here is what you can do");
        Outbox outbox = bot.getBean(Outbox.class);

        proxy.cut();
        Phone li = new Phone(api, 4002, "Li", "en");
        li.send("/start");
        ann.send("/my");
        ann.send("hello?");
        li.expect("having trouble");
        ann.expect("having trouble");
        assertThat(api.unconfirmed()).as("Telegram keeps what could not be stored").isGreaterThanOrEqualTo(3);
        Thread.sleep(OUTAGE.toMillis());
        assertThat(li.messages()).hasSize(1);

        proxy.restore();
        li.expect(m -> m.text().contains("Welcome to Houqin"), Duration.ofSeconds(30));
        li.expect("full name");
        ann.expect("I did not understand");
        outbox.enqueue(new Notification("after-the-outage", null, ann.id(), Outgoing.text("The bot is back")));
        ann.expect("The bot is back");
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));

        assertThat(ann.messages()).filteredOn(m -> m.text().contains("having trouble")).hasSize(1);
        assertThat(li.messages()).filteredOn(m -> m.text().contains("having trouble")).hasSize(1);
        assertThat(li.messages()).filteredOn(m -> m.text().contains("Welcome to Houqin")).hasSize(1);
        assertThat(ann.messages()).filteredOn(m -> m.text().contains("I did not understand")).hasSize(1);
        assertThat(api.unconfirmed()).isZero();
        assertThat(mongo.getCollection("updates").countDocuments()).isEqualTo(4);
    }
}
