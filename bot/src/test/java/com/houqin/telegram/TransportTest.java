package com.houqin.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class TransportTest extends BotIntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anUpdateDeliveredTwiceIsStoredAndHandledOnce() {
        Phone ann = approved("Ann", "Finance");
        int id = api.pushTwice(ann.textUpdate("/help"));
        ann.expect("Here is what you can do");
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(ann.messages()).filteredOn(m -> m.text().contains("Here is what you can do")).hasSize(1);
        Document stored = mongo.getCollection("updates").find(new Document("_id", id)).first();
        assertThat(mongo.getCollection("updates").countDocuments()).isEqualTo(1);
        assertThat(stored.getBoolean("handled")).isTrue();
        assertThat(stored.get("sent", Document.class)).containsKey("1");
    }

    @Test
    void telegramIsToldAnUpdateArrivedOnlyOnceItIsStored() {
        Phone ann = approved("Ann", "Finance");
        int id = ann.send("/help").get("update_id").asInt();
        ann.expect("Here is what you can do");
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(5));
        List<Long> offsets = api.pollOffsets();
        // every poll that confirms the update (asks from a later offset) came after it was in the store
        assertThat(offsets).contains((long) id + 1);
        assertThat(api.unconfirmed()).isZero();
        assertThat(mongo.getCollection("updates").countDocuments(new Document("_id", id))).isEqualTo(1);
    }

    @Test
    void oneChatsUpdatesAreHandledInTheOrderSent() {
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.send("Finance");
        li.expect("sent to the admins");
        List<String> texts = li.messages().stream().map(SentMessage::text).toList();
        assertThat(texts.get(0)).contains("Welcome to Houqin");
        assertThat(texts).anyMatch(t -> t.contains("full name"));
        assertThat(texts).noneMatch(t -> t.contains("did not understand") || t.contains("tap one of the buttons"));
    }

    @Test
    void aSlowChatDoesNotHoldUpAnother() {
        Phone slow = approved("Slow", "Finance");
        Phone quick = approved("Quick", "Finance");
        api.slowDown(slow.id(), Duration.ofSeconds(3));
        slow.send("/help");
        quick.send("/help");
        long start = System.nanoTime();
        quick.expect("Here is what you can do");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        assertThat(slow.messages()).isEmpty();
        slow.expect("Here is what you can do");
    }

    @Test
    void aFailingHandlerGetsThePersonAnApologyAndTheBotGoesOn() {
        admin().send("/crash");
        admin().expect("Sorry, something went wrong on our side");
        assertThat(admin().last().text()).doesNotContain("Exception").doesNotContain("a bug in a handler");
        admin().send("/help");
        admin().expect("Here is what you can do");
    }

    @Test
    void buttonsStillWorkWhenTheApiRefusesNoticesAndEdits() {
        api.failAlways("answerCallbackQuery");
        api.failAlways("editMessageText");
        Phone li = stranger("Li", "en");
        li.send("/start");
        li.send("Li Lei");
        li.tap(li.expect("Which department"), "Finance");
        li.expect("sent to the admins");
        admin().tap(admin().expect("Registration request"), "Approve");
        li.expect("Your registration is approved");
        // the admin's card could not be edited, so the decision came as a new message
        admin().expect(m -> m.text().contains("Approved by Ada Admin"));
    }

    @Test
    void aCommandInAGroupChatPointsToThePrivateChat() {
        Phone ann = approved("Ann", "Finance");
        long group = -100_123L;
        ann.sendInGroup(group, "hello team");
        ann.sendInGroup(group, "/repair@" + FakeBotApi.BOT_USERNAME);
        SentMessage answer = api.await(group, m -> m.text().contains("private chats"), Phone.WAIT);
        assertThat(api.messagesTo(group)).containsExactly(answer);
        assertThat(ann.messages()).isEmpty();
    }

    @Test
    void stickersVoiceNotesAndUnknownCommandsGetAPoliteAnswer() {
        Phone ann = approved("Ann", "Finance");
        ann.sendSticker();
        ann.expect("not this kind of message");
        ann.sendVoice();
        api.await(ann.id(), m -> ann.messages().size() >= 2, Phone.WAIT);
        ann.send("/teleport now");
        ann.expect("I don’t know /teleport");
        ann.send("hello?");
        ann.expect("I did not understand");
    }

    @Test
    void theCommandMenuIsPublishedPerLanguageAndAFailureIsNotFatal() {
        events.publishEvent(new BotConnected());
        List<FakeBotApi.Call> calls = api.calls("setMyCommands");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).params().has("language_code")).isFalse();
        assertThat(calls.get(0).params().toString()).contains("Register or restart");
        assertThat(calls.get(1).params().get("language_code").asText()).isEqualTo("zh");
        assertThat(calls.get(1).params().toString()).contains("登记或重新开始");

        api.failAlways("setMyCommands");
        events.publishEvent(new BotConnected());
        Phone ann = approved("Ann", "Finance");
        ann.send("/help");
        ann.expect("Here is what you can do");
    }
}
