package com.houqin.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.Person;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.BotApiException;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;
import com.houqin.telegram.ReceivedUpdate;

/**
 * One update being handled: who sent it, in which chat and language, what it holds, and the
 * ways to answer it.
 */
public final class Incoming {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Incoming.class);

    private final ReceivedUpdate received;
    private final Update update;
    private final User from;
    private final long chatId;
    private final Language language;
    private final BotApi api;
    private final Texts texts;
    private final Buttons buttons;
    private Person person;
    private boolean buttonAnswered;
    /** Buttons made for a message not yet sent: stored together just before it goes out. */
    private final List<ButtonRecord> unsaved = new ArrayList<>();

    Incoming(ReceivedUpdate received, User from, long chatId, Person person, Language language, BotApi api,
             Texts texts, Buttons buttons) {
        this.received = received;
        this.update = received.update();
        this.from = from;
        this.chatId = chatId;
        this.person = person;
        this.language = language;
        this.api = api;
        this.texts = texts;
        this.buttons = buttons;
    }

    public Update update() {
        return update;
    }

    /** Telegram's id of the update: the same when an update is handled again after a crash. */
    public int updateId() {
        return received.id();
    }

    public User from() {
        return from;
    }

    public long userId() {
        return from.getId();
    }

    public long chatId() {
        return chatId;
    }

    public Optional<Person> person() {
        return Optional.ofNullable(person);
    }

    /** The sender as a known, approved person; only call where access was checked. */
    public Person approvedPerson() {
        if (person == null || !person.isApproved()) {
            throw new IllegalStateException("not an approved person: " + userId());
        }
        return person;
    }

    void refreshPerson(Person updated) {
        this.person = updated;
    }

    public Language language() {
        return person != null && person.language() != null ? person.language() : Language.fromTelegram(from.getLanguageCode());
    }

    public Language telegramLanguage() {
        return language;
    }

    public Message message() {
        return update.getMessage();
    }

    /** The typed text, or a photo's caption; null if there is neither. */
    public String text() {
        Message m = update.getMessage();
        if (m == null) {
            return null;
        }
        return m.hasText() ? m.getText() : m.getCaption();
    }

    public boolean hasPhoto() {
        Message m = update.getMessage();
        return m != null && m.hasPhoto();
    }

    /** The file id of the largest size of the photo in the message, if any. */
    public Optional<String> photoId() {
        Message m = update.getMessage();
        if (m == null || !m.hasPhoto()) {
            return Optional.empty();
        }
        return m.getPhoto().stream()
                .max(Comparator.comparing((PhotoSize p) -> p.getWidth() == null ? 0 : p.getWidth()))
                .map(PhotoSize::getFileId);
    }

    public boolean isButton() {
        return update.hasCallbackQuery();
    }

    public Integer buttonMessageId() {
        return isButton() && update.getCallbackQuery().getMessage() != null
                ? update.getCallbackQuery().getMessage().getMessageId() : null;
    }

    public String t(String key, Object... args) {
        return texts.get(language(), key, args);
    }

    /**
     * Sends a reply. Replies are numbered in the order they are made; when the update is handled
     * again, a reply that was already delivered is not sent twice.
     */
    public int reply(Outgoing message) {
        int number = received.nextReply();
        Integer delivered = received.delivered(number);
        if (delivered != null) {
            return delivered;
        }
        saveButtons();
        int messageId = api.send(chatId, message);
        received.delivered(number, messageId);
        return messageId;
    }

    public int say(String key, Object... args) {
        return reply(Outgoing.text(t(key, args)));
    }

    /**
     * A button only this person can press. Its record is stored, with the others made for the
     * same message, in one write before that message is sent or edited ({@link #saveButtons}).
     */
    public Button button(String label, String action, Map<String, String> args) {
        ButtonRecord record = buttons.record(action, args, userId());
        unsaved.add(record);
        return new Button(label, record.id());
    }

    /** Stores the buttons made since the last send; called before anything that can carry them goes out. */
    public void saveButtons() {
        if (!unsaved.isEmpty()) {
            buttons.saveAll(List.copyOf(unsaved));
            unsaved.clear();
        }
    }

    public Button button(String label, String action, String... keyValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            args.put(keyValues[i], keyValues[i + 1]);
        }
        return button(label, action, args);
    }

    /** Shows a short notice for a pressed button (stops the spinner on the person's screen). */
    public void answerButton(String text) {
        if (isButton() && !buttonAnswered) {
            buttonAnswered = true;
            try {
                api.answerButton(update.getCallbackQuery().getId(), text);
            } catch (BotApiException e) {
                // only the spinner and a passing notice: whatever matters is also in the chat
                log.debug("Could not answer button press {}: {}", update.getCallbackQuery().getId(), e.getMessage());
            }
        }
    }

    boolean buttonAnswered() {
        return buttonAnswered;
    }

    /** Replaces the message whose button was pressed; sends a new message if there is none. */
    public void editButtonMessage(Outgoing message) {
        Integer messageId = buttonMessageId();
        if (messageId == null) {
            reply(message);
            return;
        }
        saveButtons();
        try {
            api.edit(chatId, messageId, message);
        } catch (BotApiException e) {
            if (!e.isRefusal()) {
                throw e;
            }
            // the old message cannot be changed (too old, deleted, not text): show it anew
            reply(message);
        }
    }
}
