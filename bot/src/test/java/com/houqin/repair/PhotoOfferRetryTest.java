package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** A job offer with a photo, when Telegram refuses or garbles part of it: a retry sends only what is missing. */
class PhotoOfferRetryTest extends BotIntegrationTest {

    Phone li;
    Phone wang;

    void reportWithPhoto() {
        li = approved("Li Lei", "Finance");
        wang = approved("Wang", "Logistics", Role.TECHNICIAN);
    }

    void report() {
        li.sendPhoto("leak-photo", "Water dripping from the ceiling");
        li.expect("Let’s report this as a repair");
        li.tap("Plumbing");
        li.send("Canteen kitchen");
        li.tap("Routine");
        li.tap(li.expect("Please check your report"), "Confirm");
        li.expect("created");
    }

    long photosTo(Phone phone) {
        return phone.messages().stream().filter(SentMessage::hasPhoto).count();
    }

    long offersTo(Phone phone) {
        return phone.messages().stream().filter(m -> m.text().contains("New repair job")).count();
    }

    long callsTo(String method, Phone phone) {
        return api.calls(method).stream().filter(c -> c.params().path("chat_id").asLong() == phone.id()).count();
    }

    @Test
    void tooManyRequestsOnTheTextDoesNotSendThePhotoAgain() {
        reportWithPhoto();
        api.tooManyRequests("sendMessage", wang.id(), 1, 1);
        report();
        wang.expect(m -> m.text().contains("New repair job") && m.buttonData("Accept") != null);
        awaitAllDelivered();
        assertThat(photosTo(wang)).isEqualTo(1);
        assertThat(offersTo(wang)).isEqualTo(1);
        assertThat(callsTo("sendMessage", wang)).as("the refused text and its retry").isEqualTo(2);
    }

    @Test
    void aPhotoWhoseAnswerCannotBeReadCountsAsSentAndTheTextFollowsOnce() {
        reportWithPhoto();
        api.unreadableAnswer("sendPhoto", wang.id(), 100);
        report();
        wang.expect(m -> m.text().contains("New repair job") && m.buttonData("Accept") != null);
        awaitAllDelivered();
        assertThat(photosTo(wang)).isEqualTo(1);
        assertThat(offersTo(wang)).isEqualTo(1);
        assertThat(callsTo("sendPhoto", wang)).isEqualTo(1);
    }
}
