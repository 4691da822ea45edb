package com.houqin.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.houqin.testing.FakeBotApi.SentMessage;

/**
 * A person with Telegram on a phone, for tests: types messages, sends photos and stickers,
 * taps buttons on what the bot sent, and reads the chat.
 */
public final class Phone {

    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger messageIds = new AtomicInteger(1);

    private final FakeBotApi api;
    private final long userId;
    private final String firstName;
    private final String languageCode;
    private final Duration wait;

    public Phone(FakeBotApi api, long userId, String firstName, String languageCode) {
        this(api, userId, firstName, languageCode, WAIT);
    }

    private Phone(FakeBotApi api, long userId, String firstName, String languageCode, Duration wait) {
        this.api = api;
        this.userId = userId;
        this.firstName = firstName;
        this.languageCode = languageCode;
        this.wait = wait;
    }

    /** The same person, willing to wait longer for each answer (a bot that is restarting). */
    public Phone patient(Duration newWait) {
        return new Phone(api, userId, firstName, languageCode, newWait);
    }

    public long id() {
        return userId;
    }

    public String firstName() {
        return firstName;
    }

    /** Types and sends a text message; returns the update as pushed. */
    public ObjectNode send(String text) {
        ObjectNode update = textUpdate(text);
        api.push(update);
        return update;
    }

    /** A text message as an update, not yet delivered. */
    public ObjectNode textUpdate(String text) {
        ObjectNode update = api.json().createObjectNode();
        ObjectNode message = message(update);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command");
            entity.put("offset", 0);
            entity.put("length", end < 0 ? text.length() : end);
        }
        return update;
    }

    /** Types a message in a group chat the bot is in. */
    public ObjectNode sendInGroup(long groupChatId, String text) {
        ObjectNode update = textUpdate(text);
        ObjectNode chat = (ObjectNode) update.get("message").get("chat");
        chat.put("id", groupChatId);
        chat.put("type", "group");
        chat.put("title", "Team");
        chat.remove("first_name");
        api.push(update);
        return update;
    }

    public ObjectNode sendPhoto(String fileId, String caption) {
        ObjectNode update = api.json().createObjectNode();
        ObjectNode message = message(update);
        var photo = message.putArray("photo");
        ObjectNode small = photo.addObject();
        small.put("file_id", fileId + "-small");
        small.put("file_unique_id", fileId + "-s");
        small.put("width", 90);
        small.put("height", 90);
        ObjectNode large = photo.addObject();
        large.put("file_id", fileId);
        large.put("file_unique_id", fileId + "-l");
        large.put("width", 1280);
        large.put("height", 960);
        if (caption != null) {
            message.put("caption", caption);
        }
        api.push(update);
        return update;
    }

    public ObjectNode sendSticker() {
        ObjectNode update = api.json().createObjectNode();
        ObjectNode message = message(update);
        ObjectNode sticker = message.putObject("sticker");
        sticker.put("file_id", "sticker-1");
        sticker.put("file_unique_id", "sticker-1u");
        sticker.put("type", "regular");
        sticker.put("width", 512);
        sticker.put("height", 512);
        sticker.put("is_animated", false);
        sticker.put("is_video", false);
        api.push(update);
        return update;
    }

    public ObjectNode sendVoice() {
        ObjectNode update = api.json().createObjectNode();
        ObjectNode message = message(update);
        ObjectNode voice = message.putObject("voice");
        voice.put("file_id", "voice-1");
        voice.put("file_unique_id", "voice-1u");
        voice.put("duration", 3);
        api.push(update);
        return update;
    }

    /** Taps the button whose label contains {@code labelPart} on the newest bot message that has one. */
    public ObjectNode tap(String labelPart) {
        SentMessage message = api.await(userId, m -> m.buttonData(labelPart) != null, wait);
        return tap(message, labelPart);
    }

    public ObjectNode tap(SentMessage message, String labelPart) {
        String data = message.buttonData(labelPart);
        if (data == null) {
            throw new AssertionError("No button '" + labelPart + "' on message: " + message.text() + " "
                    + message.buttonLabels());
        }
        return tapData(message, data);
    }

    /** Sends a button press with any data at all (a forged or stale button). */
    public ObjectNode tapData(SentMessage message, String data) {
        ObjectNode update = api.json().createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cb" + messageIds.incrementAndGet());
        query.set("from", from());
        query.put("chat_instance", "ci" + userId);
        query.put("data", data);
        ObjectNode msg = query.putObject("message");
        msg.put("message_id", message.messageId());
        msg.put("date", System.currentTimeMillis() / 1000);
        ObjectNode chat = msg.putObject("chat");
        chat.put("id", message.chatId());
        chat.put("type", "private");
        msg.put("text", message.text());
        api.push(update);
        return update;
    }

    /** Waits for a message to me containing the text; returns it. */
    public SentMessage expect(String textPart) {
        return api.await(userId, m -> m.text().contains(textPart), wait);
    }

    public SentMessage expect(Predicate<SentMessage> match) {
        return api.await(userId, match, wait);
    }

    public SentMessage expect(Predicate<SentMessage> match, Duration timeout) {
        return api.await(userId, match, timeout);
    }

    /** The newest message id the bot has sent me so far; pair with {@link #expectAfter}. */
    public int mark() {
        return messages().stream().mapToInt(SentMessage::messageId).max().orElse(0);
    }

    /** Waits for a message newer than the mark containing the text. */
    public SentMessage expectAfter(int mark, String textPart) {
        return api.await(userId, m -> m.messageId() > mark && m.text().contains(textPart), wait);
    }

    public List<SentMessage> messages() {
        return api.messagesTo(userId);
    }

    public SentMessage last() {
        List<SentMessage> all = messages();
        if (all.isEmpty()) {
            throw new AssertionError("no messages to " + firstName);
        }
        return all.get(all.size() - 1);
    }

    public String transcript() {
        return api.describe(userId);
    }

    private ObjectNode message(ObjectNode update) {
        ObjectNode message = update.putObject("message");
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("from", from());
        ObjectNode chat = message.putObject("chat");
        chat.put("id", userId);
        chat.put("type", "private");
        chat.put("first_name", firstName);
        return message;
    }

    private ObjectNode from() {
        ObjectNode from = api.json().createObjectNode();
        from.put("id", userId);
        from.put("is_bot", false);
        from.put("first_name", firstName);
        if (languageCode != null) {
            from.put("language_code", languageCode);
        }
        return from;
    }
}
