package com.houqin.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import com.houqin.telegram.Outgoing;
import com.houqin.testing.BotInstance;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi;

/**
 * Two instances on one store keep one set of Telegram limits: the overall rate and the per-chat gap
 * hold for what both send, across a hand-over of the sending lease; a 429 pauses its chat for both,
 * and 429s on many chats pause the whole bot. Measured on the fake Bot API's clock. The limits are
 * the test settings: 30 a second overall, 100 ms per chat.
 */
class SharedLimitsTest extends BotIntegrationTest {

    static final long CHAT_GAP_MS = 100;
    static final int PER_SECOND = 30;

    @Autowired
    MongoConnectionDetails store;

    @Autowired
    OutboxSender firstSender;

    ConfigurableApplicationContext second;
    OutboxSender secondSender;
    Outbox secondOutbox;

    @BeforeEach
    void startSecond() {
        // the store was just wiped, the sending lease with it: the first instance takes it again (it
        // still believes it holds it, for up to lease-check) before the second may look
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            SendingLease.Lease lease = mongo.findById(SendingLease.ID, SendingLease.Lease.class);
            if (lease != null && firstInstances.id().equals(lease.holder())) {
                break;
            }
            sleep(20);
        }
        assertThat(mongo.findById(SendingLease.ID, SendingLease.Lease.class).holder()).isEqualTo(firstInstances.id());
        second = BotInstance.start(clock,
                "spring.data.mongodb.uri=" + store.getConnectionString().getConnectionString(),
                "houqin.telegram.token=" + TOKEN, "houqin.telegram.api-url=" + api.url(),
                "houqin.telegram.polling=false", "houqin.scheduler.enabled=false",
                "houqin.outbox.idle-poll=200ms", "houqin.outbox.per-chat-interval=" + CHAT_GAP_MS + "ms",
                "houqin.outbox.per-second=" + PER_SECOND);
        secondSender = second.getBean(OutboxSender.class);
        secondOutbox = second.getBean(Outbox.class);
    }

    @AfterEach
    void stopSecond() {
        if (!firstSender.isRunning()) {
            firstSender.start();
        }
        second.close();
    }

    @Test
    void aBurstToManyChatsAndToOneKeepsTheLimitsAcrossAHandOver() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            chats.add(7_100_000L + i);
        }
        long busy = 7_199_999L;
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (long chat : chats) {
                Outbox via = n++ % 2 == 0 ? outbox : secondOutbox;
                via.enqueue(new Notification("burst:" + chat + ":" + round, null, chat, Outgoing.text("b " + chat + " " + round)));
            }
        }
        // one chat's messages queued by one instance: their order is the order queued there (the
        // queueing time, strictly increasing per instance)
        for (int i = 0; i < 20; i++) {
            secondOutbox.enqueue(new Notification("one:" + i, null, busy, Outgoing.text("one " + i)));
        }
        // whichever sends, it stops (a normal stop) mid-way and the other takes over
        Thread.sleep(1200);
        OutboxSender holder = holderOf();
        holder.stop();
        awaitAllDelivered();

        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertExactlyOnce(calls, 110);
        assertOverallRate(calls);
        assertChatGaps(calls);
        List<String> busyTexts = calls.stream().filter(c -> chat(c) == busy).map(c -> c.params().get("text").asText())
                .toList();
        assertThat(busyTexts).as("one chat's messages in the order queued")
                .containsExactly(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "one " + i).toArray(String[]::new));
        report("burst", calls);
    }

    @Test
    void aTooManyRequestsOnAChatPausesItForBothInstances() throws Exception {
        long paused = 7_200_001L;
        api.tooManyRequests("sendMessage", paused, 2, 1);
        for (int i = 0; i < 3; i++) {
            (i % 2 == 0 ? outbox : secondOutbox).enqueue(new Notification("p:" + i, null, paused, Outgoing.text("p " + i)));
        }
        long deadline = System.currentTimeMillis() + 5000;
        while (api.calls("sendMessage").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        // the instance that was told to wait stops; the other must wait too
        holderOf().stop();
        for (int i = 0; i < 5; i++) {
            secondOutbox.enqueue(new Notification("other:" + i, null, 7_200_100L + i, Outgoing.text("o " + i)));
        }
        awaitAllDelivered();
        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        List<FakeBotApi.Call> toPaused = calls.stream().filter(c -> chat(c) == paused).toList();
        assertThat(toPaused).hasSize(4); // the refused try, then each once
        long pauseMs = (toPaused.get(1).atNanos() - toPaused.get(0).atNanos()) / 1_000_000;
        assertThat(pauseMs).as("retry_after 2 s kept across the hand-over").isGreaterThanOrEqualTo(1900);
        long othersDoneMs = calls.stream().filter(c -> chat(c) != paused).mapToLong(FakeBotApi.Call::atNanos).max()
                .orElseThrow();
        assertThat(othersDoneMs).as("other chats were not held back").isLessThan(toPaused.get(1).atNanos());
        assertExactlyOnce(calls.subList(1, calls.size()), 8);
        System.out.printf("SharedLimitsTest 429: chat paused %d ms (retry_after 2 s) across a hand-over%n", pauseMs);
    }

    @Test
    void tooManyRequestsOnManyChatsSlowTheWholeBot() throws Exception {
        List<Long> refused = new ArrayList<>();
        for (int i = 0; i < TooManyRequests.MANY_CHATS; i++) {
            refused.add(7_300_000L + i);
            api.tooManyRequests("sendMessage", 7_300_000L + i, 2, 1);
        }
        for (int i = 0; i < 8; i++) {
            (i % 2 == 0 ? outbox : secondOutbox).enqueue(new Notification("m:" + i, null, 7_300_000L + i, Outgoing.text("m " + i)));
        }
        awaitAllDelivered();
        List<FakeBotApi.Call> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(8 + TooManyRequests.MANY_CHATS);
        // the third refusal; what was already on its way then may arrive a moment later
        int found = 0;
        for (int seen = 0; seen < TooManyRequests.MANY_CHATS; found++) {
            if (refused.contains(chat(calls.get(found))) && ++seen == TooManyRequests.MANY_CHATS) {
                break;
            }
        }
        int third = found;
        long lastRefused = calls.get(third).atNanos();
        // the pause is where a second or more passes between two calls; the calls before it that came
        // after the third refusal were on their way (past their slot) when the refusal was answered,
        // however long a loaded machine took to deliver them
        int pauseAfter = third;
        while (pauseAfter + 1 < calls.size()
                && calls.get(pauseAfter + 1).atNanos() - calls.get(pauseAfter).atNanos() < 1_000_000_000L) {
            pauseAfter++;
        }
        assertThat(pauseAfter + 1).as("a pause after the third refusal").isLessThan(calls.size());
        long nextMs = (calls.get(pauseAfter + 1).atNanos() - lastRefused) / 1_000_000;
        assertThat(nextMs).as("nothing goes out for retry_after").isGreaterThanOrEqualTo(1900);
        assertThat(pauseAfter - third).as("on its way at the third refusal").isLessThanOrEqualTo(3);
        assertExactlyOnce(calls.stream().filter(c -> !refused.contains(chat(c)) || calls.indexOf(c) > third).toList(), 8);
        System.out.printf("SharedLimitsTest 429 on %d chats: the bot sent nothing for %d ms (retry_after 2 s)%n",
                TooManyRequests.MANY_CHATS, nextMs);
    }

    private OutboxSender holderOf() {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            SendingLease.Lease lease = mongo.findById(SendingLease.ID, SendingLease.Lease.class);
            if (lease != null && lease.holder() != null) {
                String firstId = applicationInstanceId(firstSender);
                return lease.holder().equals(firstId) ? firstSender : secondSender;
            }
            sleep(20);
        }
        throw new AssertionError("nobody holds the sending lease");
    }

    private String applicationInstanceId(OutboxSender sender) {
        return sender == firstSender ? firstInstances.id() : second.getBean(com.houqin.scheduler.LiveInstances.class).id();
    }

    @Autowired
    com.houqin.scheduler.LiveInstances firstInstances;

    private static long chat(FakeBotApi.Call c) {
        return c.params().get("chat_id").asLong();
    }

    private static void assertExactlyOnce(List<FakeBotApi.Call> calls, int expected) {
        Map<String, Long> byText = calls.stream()
                .collect(Collectors.groupingBy(c -> chat(c) + "|" + c.params().get("text").asText(), Collectors.counting()));
        assertThat(byText).hasSize(expected);
        assertThat(byText.values()).allMatch(count -> count == 1);
    }

    /** No second holds more than the overall rate (a little jitter of the HTTP calls allowed). */
    private static void assertOverallRate(List<FakeBotApi.Call> calls) {
        for (int i = 0; i + PER_SECOND < calls.size(); i++) {
            long spanMs = (calls.get(i + PER_SECOND).atNanos() - calls.get(i).atNanos()) / 1_000_000;
            assertThat(spanMs).as("%d messages from call %d", PER_SECOND + 1, i).isGreaterThanOrEqualTo(950);
        }
    }

    private static void assertChatGaps(List<FakeBotApi.Call> calls) {
        Map<Long, List<FakeBotApi.Call>> byChat = calls.stream().collect(Collectors.groupingBy(SharedLimitsTest::chat));
        byChat.forEach((chat, list) -> {
            for (int i = 1; i < list.size(); i++) {
                long gapMs = (list.get(i).atNanos() - list.get(i - 1).atNanos()) / 1_000_000;
                assertThat(gapMs).as("gap in chat %d", chat).isGreaterThanOrEqualTo(CHAT_GAP_MS - 10);
            }
        });
    }

    private static void report(String what, List<FakeBotApi.Call> calls) {
        double seconds = (calls.get(calls.size() - 1).atNanos() - calls.get(0).atNanos()) / 1e9;
        long maxInSecond = 0;
        for (int i = 0, j = 0; i < calls.size(); i++) {
            while (calls.get(i).atNanos() - calls.get(j).atNanos() >= 1_000_000_000L) {
                j++;
            }
            maxInSecond = Math.max(maxInSecond, i - j + 1);
        }
        long minChatGap = Long.MAX_VALUE;
        Map<Long, List<FakeBotApi.Call>> byChat = calls.stream().collect(Collectors.groupingBy(SharedLimitsTest::chat));
        for (List<FakeBotApi.Call> list : byChat.values()) {
            for (int i = 1; i < list.size(); i++) {
                minChatGap = Math.min(minChatGap, (list.get(i).atNanos() - list.get(i - 1).atNanos()) / 1_000_000);
            }
        }
        System.out.printf("SharedLimitsTest %s: %d messages in %.2f s (%.1f/s), at most %d in any second, "
                + "smallest gap in one chat %d ms%n", what, calls.size(), seconds, (calls.size() - 1) / seconds,
                maxInSecond, minChatGap);
    }
}
