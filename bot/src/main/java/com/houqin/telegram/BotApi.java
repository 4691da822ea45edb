package com.houqin.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.media.InputMedia;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import com.houqin.store.StoreDurability;

/**
 * Every call the bot makes to Telegram goes through here. Before each call, what was written to
 * the store is made durable: a confirmation never goes out for data a crash could still lose.
 */
@Component
public class BotApi {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BotApi.class);
    private static final int CAPTION_LIMIT = 1024;

    private final TelegramClient client;
    private final StoreDurability durability;
    private volatile String username;

    public BotApi(TelegramClient client, StoreDurability durability) {
        this.client = client;
        this.durability = durability;
    }

    /** Sends a message (split if long; photos first); returns the id of the message holding the buttons. */
    public int send(long chatId, Outgoing message) {
        return send(chatId, message, SendProgress.NOTHING_YET, progress -> { });
    }

    /**
     * Sends what is left of a message after {@code from}, telling {@code done} after each part that
     * was delivered; returns the id of the message holding the buttons.
     */
    public int send(long chatId, Outgoing message, SendProgress from, Consumer<SendProgress> done) {
        if (message.upload() != null) {
            return sendUpload(chatId, message);
        }
        SendProgress progress = from;
        if (!progress.photosDone()) {
            if (!message.photoIds().isEmpty()) {
                sendPhotos(chatId, message.photoIds());
                progress = progress.withPhotosDone();
                done.accept(progress);
            } else {
                progress = progress.withPhotosDone();
            }
        }
        List<String> parts = MessageSplitter.split(message.text(), MessageSplitter.TELEGRAM_LIMIT);
        for (int i = progress.partsDone(); i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            SendMessage send = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .replyMarkup(last ? markup(message) : null).build();
            progress = progress.withPart(i, execute(send).getMessageId());
            done.accept(progress);
        }
        return progress.messageId();
    }

    /**
     * Photos go before the text, as messages of their own, so the text with the buttons is always a
     * text message that can be edited later. Photos Telegram refuses (an expired file id) are left
     * out rather than losing the message, and so are photos whose answer never came back readable:
     * they may well have arrived, and sending them again could show them twice. Other failures (429,
     * a server error, no connection) are the caller's to retry.
     */
    private void sendPhotos(long chatId, List<String> photoIds) {
        try {
            if (photoIds.size() == 1) {
                call(() -> client.execute(SendPhoto.builder().chatId(chatId).photo(new InputFile(photoIds.get(0)))
                        .build()));
            } else {
                sendAlbum(chatId, photoIds);
            }
        } catch (BotApiException e) {
            if (e.isRefusal()) {
                log.warn("Telegram refused the photos for chat {} ({}); sending the text alone", chatId, e.getMessage());
            } else if (e.isOutcomeUnknown()) {
                log.warn("No readable answer to the photos for chat {} ({}); not sending them again", chatId,
                        e.getMessage());
            } else {
                throw e;
            }
        }
    }

    /** Replaces the text and buttons of a message the bot sent earlier. */
    public void edit(long chatId, int messageId, Outgoing message) {
        String text = MessageSplitter.split(message.text(), MessageSplitter.TELEGRAM_LIMIT).get(0);
        // without reply_markup Telegram drops the message's buttons
        EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(messageId).text(text)
                .replyMarkup(markup(message)).build();
        try {
            execute(edit);
        } catch (BotApiException e) {
            if (!e.isMessageNotModified()) {
                throw e;
            }
        }
    }

    /** Answers a button press; the text, if any, shows as a short notice on the person's screen. */
    public void answerButton(String callbackQueryId, String text) {
        execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build());
    }

    /** The bot's @username, for t.me links; null while Telegram has not told us. */
    public String username() {
        if (username == null) {
            try {
                username = client.execute(new GetMe()).getUserName();
            } catch (TelegramApiException | RuntimeException e) {
                return null;
            }
        }
        return username;
    }

    public void setCommands(List<BotCommand> commands, String languageCode) {
        execute(SetMyCommands.builder().commands(commands).languageCode(languageCode).build());
    }

    private int sendUpload(long chatId, Outgoing message) {
        if (!message.upload().isPicture()) {
            return sendDocument(chatId, message);
        }
        SendPhoto photo = SendPhoto.builder().chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(message.upload().bytes()), message.upload().fileName()))
                .caption(message.text().length() <= CAPTION_LIMIT ? message.text() : null)
                .replyMarkup(markup(message)).build();
        int id = call(() -> client.execute(photo)).getMessageId();
        if (message.text().length() > CAPTION_LIMIT) {
            id = send(chatId, Outgoing.text(message.text()));
        }
        return id;
    }

    /** A file that is not a picture (a spreadsheet) goes as a document, with the text as its caption. */
    private int sendDocument(long chatId, Outgoing message) {
        SendDocument document = SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(message.upload().bytes()), message.upload().fileName()))
                .caption(message.text().length() <= CAPTION_LIMIT ? message.text() : null)
                .replyMarkup(markup(message)).build();
        int id = call(() -> client.execute(document)).getMessageId();
        if (message.text().length() > CAPTION_LIMIT) {
            id = send(chatId, Outgoing.text(message.text()));
        }
        return id;
    }

    private void sendAlbum(long chatId, List<String> photoIds) {
        List<InputMedia> media = new ArrayList<>();
        for (String id : photoIds.subList(0, Math.min(10, photoIds.size()))) {
            media.add(InputMediaPhoto.builder().media(id).build());
        }
        call(() -> client.execute(SendMediaGroup.builder().chatId(chatId).medias(media).build()));
    }

    private static InlineKeyboardMarkup markup(Outgoing message) {
        if (!message.hasKeyboard()) {
            return null;
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (List<Button> row : message.keyboard()) {
            InlineKeyboardRow r = new InlineKeyboardRow();
            for (Button b : row) {
                r.add(InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build());
            }
            rows.add(r);
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private <T extends Serializable, M extends BotApiMethod<T>> T execute(M method) {
        return call(() -> client.execute(method));
    }

    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    /** Every call to Telegram: what was written to the store before it is made durable first. */
    private <T> T call(ApiCall<T> call) {
        durability.flush();
        try {
            return call.run();
        } catch (TelegramApiRequestException e) {
            Integer retry = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            throw new BotApiException(e.getMessage(), code, retry == null ? null : Duration.ofSeconds(retry), e);
        } catch (TelegramApiException e) {
            throw new BotApiException(e.getMessage(), 0, null, e);
        }
    }
}
