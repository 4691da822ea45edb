package com.houqin.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Handles one update. Called for the updates of a chat one at a time, in order. */
public interface UpdateHandler {

    void handle(Update update);
}
