package com.houqin.chat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Input;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.Outgoing;
import com.houqin.telegram.PassingTrouble;
import com.houqin.telegram.ReceivedUpdate;
import com.houqin.telegram.TryAgainLater;
import com.houqin.telegram.UpdateChats;
import com.houqin.telegram.UpdateHandler;

/**
 * The entry point for every update: works out who is speaking, then routes to a command, a
 * button's action, the form in progress, or a free-input handler. It is also the error
 * boundary: whatever fails, the person gets a short apology and the log gets the details.
 */
@Component
class UpdateRouter implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final People people;
    private final BotApi api;
    private final Texts texts;
    private final Buttons buttons;
    private final FormEngine forms;
    private final Refusals refusals;
    private final Map<String, Command> commands;
    private final ButtonPresses presses;
    private final List<FreeInput> freeInputs;
    private final TroubleNotice trouble;
    private final UnhandledMessages unhandled;

    UpdateRouter(People people, BotApi api, Texts texts, Buttons buttons, FormEngine forms, Refusals refusals,
                 List<Command> commands, ButtonPresses presses, List<FreeInput> freeInputs,
                 UnhandledMessages unhandled) {
        this.unhandled = unhandled;
        this.trouble = new TroubleNotice(api, texts);
        this.people = people;
        this.api = api;
        this.texts = texts;
        this.buttons = buttons;
        this.forms = forms;
        this.refusals = refusals;
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
        this.presses = presses;
        this.freeInputs = freeInputs.stream().sorted(Comparator.comparingInt(FreeInput::order)).toList();
    }

    @Override
    public void handle(ReceivedUpdate received) {
        Update update = received.update();
        if (update.getMyChatMember() != null) {
            noteMembership(update.getMyChatMember());
            return;
        }
        User from = senderOf(update);
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return;
        }
        if (update.hasMessage() && !update.getMessage().isUserMessage()) {
            answerInGroup(update.getMessage(), from);
            return;
        }
        if (!update.hasMessage() && !update.hasCallbackQuery()) {
            return;
        }
        long chatId = UpdateChats.chatIdOf(update);
        Incoming in = null;
        try {
            Person person = people.noticeContact(from).orElse(null);
            in = new Incoming(received, from, chatId, person, Language.fromTelegram(from.getLanguageCode()), api,
                    texts, buttons);
            route(in);
            in.saveButtons(); // buttons made but not sent through this update (none today): still stored
            if (in.isButton() && !in.buttonAnswered()) {
                in.answerButton(null);
            }
            trouble.over(chatId);
        } catch (RuntimeException e) {
            TryAgainLater again = PassingTrouble.of(e);
            if (again != null) {
                if (again.isStoreTrouble()) {
                    trouble.tell(chatId, in != null ? in.language() : Language.fromTelegram(from.getLanguageCode()));
                }
                throw again;
            }
            log.error("Failed to handle update {} from user {}", update.getUpdateId(), from.getId(), e);
            apologise(in, from);
        }
    }

    @Override
    public void cannotStoreYet(Update update) {
        User from = senderOf(update);
        if (from != null && !Boolean.TRUE.equals(from.getIsBot()) && isPrivate(update)) {
            trouble.tell(UpdateChats.chatIdOf(update), Language.fromTelegram(from.getLanguageCode()));
        }
    }

    private static boolean isPrivate(Update update) {
        return update.hasCallbackQuery() || update.hasMessage() && update.getMessage().isUserMessage();
    }

    private void route(Incoming in) {
        if (in.isButton()) {
            presses.press(in);
            return;
        }
        Message message = in.message();
        String text = message.hasText() ? message.getText().strip() : null;
        if (text != null && text.startsWith("/")) {
            runCommand(in, text);
            return;
        }
        if (forms.handleMessage(in, inputOf(in))) {
            return;
        }
        for (FreeInput free : freeInputs) {
            if (free.access().allows(in.person().orElse(null)) && free.tryHandle(in)) {
                return;
            }
        }
        unhandled.answer(in, text != null);
    }

    private void runCommand(Incoming in, String text) {
        unhandled.viewGone(in.chatId());
        String[] parts = text.substring(1).split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        String args = parts.length > 1 ? parts[1].strip() : "";
        Command command = commands.get(name);
        if (command == null) {
            in.say("chat.unknown-command", "/" + (name.length() > 32 ? name.substring(0, 32) + "…" : name));
            return;
        }
        if (!command.access().allows(in.person().orElse(null))) {
            in.reply(Outgoing.text(refusals.explain(in, command.access())));
            return;
        }
        command.handle(in, args);
    }

    private static Input inputOf(Incoming in) {
        Message m = in.message();
        if (m.hasPhoto()) {
            return Input.photo(in.photoId().orElse(null), m.getCaption());
        }
        if (m.hasText()) {
            return Input.text(m.getText());
        }
        return Input.other();
    }

    /** Team chats are not served yet: a command there gets a pointer to the private chat, nothing else. */
    private void answerInGroup(Message message, User from) {
        if (!message.hasText() || !message.getText().startsWith("/")) {
            return;
        }
        try {
            Language language = Language.fromTelegram(from.getLanguageCode());
            api.send(message.getChatId(), Outgoing.text(texts.get(language, "chat.private-only")));
        } catch (RuntimeException e) {
            log.warn("Could not answer a command in group {}", message.getChatId(), e);
        }
    }

    private void noteMembership(ChatMemberUpdated change) {
        if (change.getChat() == null || !"private".equals(change.getChat().getType())) {
            return;
        }
        String status = change.getNewChatMember() == null ? null : change.getNewChatMember().getStatus();
        if ("kicked".equals(status)) {
            people.markUnreachable(change.getChat().getId(), true);
        } else if ("member".equals(status)) {
            people.markUnreachable(change.getChat().getId(), false);
        }
    }

    private void apologise(Incoming in, User from) {
        try {
            Language language = in != null ? in.language() : Language.fromTelegram(from.getLanguageCode());
            long chatId = in != null ? in.chatId() : from.getId();
            api.send(chatId, Outgoing.text(texts.get(language, "chat.error")));
        } catch (RuntimeException e) {
            log.warn("Could not send the apology to {}", from.getId(), e);
        }
    }

    private static User senderOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getFrom();
        }
        if (update.hasCallbackQuery()) {
            return update.getCallbackQuery().getFrom();
        }
        return null;
    }
}
