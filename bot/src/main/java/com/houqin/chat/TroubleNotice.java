package com.houqin.chat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.Outgoing;

/**
 * "I am having trouble, I will answer as soon as I can": said once to a chat while the store is out
 * of reach, however many messages the person sends meanwhile, and again only after the chat was
 * answered normally. Sent straight to Telegram: the store cannot keep it.
 */
final class TroubleNotice {

    private static final Logger log = LoggerFactory.getLogger(TroubleNotice.class);

    private final BotApi api;
    private final Texts texts;
    private final Set<Long> told = ConcurrentHashMap.newKeySet();

    TroubleNotice(BotApi api, Texts texts) {
        this.api = api;
        this.texts = texts;
    }

    void tell(long chatId, Language language) {
        if (!told.add(chatId)) {
            return;
        }
        try {
            api.send(chatId, Outgoing.text(texts.get(language, "chat.trouble")));
        } catch (RuntimeException e) {
            log.debug("Could not tell chat {} about the trouble: {}", chatId, e.getMessage());
        }
    }

    void over(long chatId) {
        told.remove(chatId);
    }
}
