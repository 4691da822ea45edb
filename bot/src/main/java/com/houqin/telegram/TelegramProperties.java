package com.houqin.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.telegram.*}: the bot's token, the Bot API it talks to, and how updates are
 * fetched and handled.
 */
@ConfigurationProperties("houqin.telegram")
public record TelegramProperties(
        String token,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue("50s") Duration pollTimeout,
        @DefaultValue("8") int handlerThreads,
        @DefaultValue("true") boolean polling,
        @DefaultValue("30s") Duration startRetry,
        @DefaultValue("polling") Mode mode,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue("updates") String webhookPath,
        @DefaultValue("40") int webhookMaxConnections,
        @DefaultValue("1s") Duration leaseCheck) {

    /** How updates reach the bot: it asks Telegram for them, or Telegram posts them to it. */
    public enum Mode {
        POLLING, WEBHOOK
    }

    /** The update types the bot handles; Telegram sends no others. */
    public static final java.util.List<String> ALLOWED_UPDATES = java.util.List.of("message", "edited_message",
            "callback_query", "my_chat_member");

    /** Where Telegram posts updates: the public base URL, then {@code /telegram/<path>}. */
    public String webhookAddress() {
        String base = webhookUrl == null ? "" : webhookUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/telegram/" + webhookPath;
    }

    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", mode=" + mode + ", token=(hidden), webhookSecret=(hidden)]";
    }
}
