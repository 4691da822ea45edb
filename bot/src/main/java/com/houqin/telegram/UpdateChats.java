package com.houqin.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Which chat an update belongs to, for ordering. */
public final class UpdateChats {

    private UpdateChats() {
    }

    public static long chatIdOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            if (update.getCallbackQuery().getMessage() != null) {
                return update.getCallbackQuery().getMessage().getChatId();
            }
            return update.getCallbackQuery().getFrom().getId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.getMyChatMember() != null) {
            return update.getMyChatMember().getChat().getId();
        }
        return 0L;
    }
}
