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
        @DefaultValue("30s") Duration startRetry) {

    @Override
    public String toString() {
        return "TelegramProperties[apiUrl=" + apiUrl + ", token=(hidden)]";
    }
}
