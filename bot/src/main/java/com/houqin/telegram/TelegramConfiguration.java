package com.houqin.telegram;

import java.net.URI;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import okhttp3.OkHttpClient;

@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

    @Bean
    TelegramUrl telegramUrl(TelegramProperties properties) {
        URI uri = properties.apiUrl();
        int port = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    @Bean(destroyMethod = "")
    OkHttpClient telegramHttpClient(TelegramProperties properties) {
        Duration read = properties.pollTimeout().plusSeconds(15);
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(read)
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Bean
    TelegramClient telegramClient(OkHttpClient telegramHttpClient, TelegramProperties properties, TelegramUrl url) {
        return new OkHttpTelegramClient(telegramHttpClient, properties.token().trim(), url);
    }
}
