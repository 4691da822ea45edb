package com.houqin.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.Phone;
import com.houqin.telegram.Outgoing;

class OutboxTest extends BotIntegrationTest {

    @Autowired
    Outbox outbox;

    @Test
    void aNotificationIsDeliveredOnceHoweverOftenItIsQueued() {
        Phone ann = approved("Ann", "Finance");
        assertThat(outbox.enqueue(new Notification("hello:1", null, ann.id(), Outgoing.text("Hello once")))).isTrue();
        assertThat(outbox.enqueue(new Notification("hello:1", null, ann.id(), Outgoing.text("Hello once")))).isFalse();
        ann.expect("Hello once");
        assertThat(outbox.enqueue(new Notification("hello:1", null, ann.id(), Outgoing.text("Hello once")))).isFalse();
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(ann.messages()).hasSize(1);
    }

    @Test
    void tooManyRequestsIsWaitedOutForRetryAfter() {
        Phone ann = approved("Ann", "Finance");
        api.tooManyRequests("sendMessage", ann.id(), 2, 1);
        outbox.enqueue(new Notification("slow:1", null, ann.id(), Outgoing.text("After the pause")));
        ann.expect("After the pause");
        List<FakeBotApi.Call> tries = api.calls("sendMessage").stream()
                .filter(c -> c.params().get("chat_id").asLong() == ann.id()).toList();
        assertThat(tries).hasSize(2);
        long gapMillis = (tries.get(1).atNanos() - tries.get(0).atNanos()) / 1_000_000;
        assertThat(gapMillis).isGreaterThanOrEqualTo(1900);
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        Phone ann = approved("Ann", "Finance");
        api.serverError("sendMessage", ann.id(), 2);
        outbox.enqueue(new Notification("flaky:1", null, ann.id(), Outgoing.text("Eventually")));
        ann.expect("Eventually");
        assertThat(api.calls("sendMessage").stream().filter(c -> c.params().get("chat_id").asLong() == ann.id()))
                .hasSize(3);
    }

    @Test
    void someoneWhoBlockedTheBotIsMarkedUnreachable() {
        Phone ann = approved("Ann", "Finance");
        api.blockedBy(ann.id());
        outbox.enqueue(new Notification("blocked:1", null, ann.id(), Outgoing.text("Nobody reads this")));
        long deadline = System.currentTimeMillis() + 5000;
        while (!people.find(ann.id()).orElseThrow().unreachable() && System.currentTimeMillis() < deadline) {
            sleep(50);
        }
        assertThat(people.find(ann.id()).orElseThrow().unreachable()).isTrue();
        assertThat(outbox.queued()).isZero();
        // writing to the bot again shows they are back
        api.reset();
        ann.send("/help");
        ann.expect("Here is what you can do");
        assertThat(people.find(ann.id()).orElseThrow().unreachable()).isFalse();
    }

    @Test
    void messagesToOneChatKeepTheirGapWhileOtherChatsGoAhead() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "Finance");
        for (int i = 1; i <= 3; i++) {
            outbox.enqueue(new Notification("ann:" + i, null, ann.id(), Outgoing.text("To Ann " + i)));
        }
        outbox.enqueue(new Notification("bob:1", null, bob.id(), Outgoing.text("To Bob")));
        ann.expect("To Ann 3");
        bob.expect("To Bob");
        List<FakeBotApi.Call> toAnn = api.calls("sendMessage").stream()
                .filter(c -> c.params().get("chat_id").asLong() == ann.id()).toList();
        assertThat(toAnn).as(mongo.findAll(org.bson.Document.class, "outbox").toString()
                + mongo.findAll(org.bson.Document.class, "outbox_history")).hasSize(3);
        for (int i = 1; i < toAnn.size(); i++) {
            // the test setting is 100 ms between messages to one chat
            assertThat((toAnn.get(i).atNanos() - toAnn.get(i - 1).atNanos()) / 1_000_000).isGreaterThanOrEqualTo(95);
        }
    }

    @Test
    void aGroupOfCopiesIsUpdatedTogether() {
        Phone ann = approved("Ann", "Finance");
        Phone bob = approved("Bob", "Finance");
        outbox.enqueue(new Notification("job:1:ann", "job:1", ann.id(), Outgoing.text("New job 1")));
        outbox.enqueue(new Notification("job:1:bob", "job:1", bob.id(), Outgoing.text("New job 1")));
        ann.expect("New job 1");
        bob.expect("New job 1");
        outbox.updateGroup("job:1", "taken", chat -> Outgoing.text("Job 1 taken"));
        ann.expect(m -> m.text().equals("Job 1 taken") && m.history().size() == 2);
        bob.expect(m -> m.text().equals("Job 1 taken") && m.history().size() == 2);
    }

}
