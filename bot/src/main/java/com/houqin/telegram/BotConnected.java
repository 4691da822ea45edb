package com.houqin.telegram;

/** Published once the bot is receiving updates. */
public record BotConnected() {
}
