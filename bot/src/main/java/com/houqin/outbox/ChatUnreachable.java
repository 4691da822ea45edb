package com.houqin.outbox;

/** Telegram refused a message because the person blocked the bot (or left the chat). */
public record ChatUnreachable(long chatId) {
}
