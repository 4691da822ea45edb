package com.houqin.i18n;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every text the bot shows, looked up in the message bundles in the reader's language. */
@Component
public class Texts {

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    public boolean has(Language language, String key) {
        return messages.getMessage(key, null, null, language.locale()) != null;
    }
}
