package com.houqin.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

import com.mongodb.MongoClientSettings;

/**
 * How long an operation waits for an unreachable store before it fails ({@code houqin.store.*}).
 * The driver's own default is 30 s, long enough that a person in the middle of an outage would hear
 * nothing at all; failing sooner lets the bot say it is having trouble and try again by itself.
 * Timeouts given in MONGODB_URI are left as they are.
 */
class StoreTimeouts implements MongoClientSettingsBuilderCustomizer {

    @ConfigurationProperties("houqin.store")
    record Settings(@DefaultValue("3s") Duration timeout, @DefaultValue("30s") Duration readTimeout) {
    }

    private final Settings settings;
    private final String uri;

    StoreTimeouts(Settings settings, Environment env) {
        this.settings = settings;
        this.uri = env.getProperty("spring.data.mongodb.uri", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void customize(MongoClientSettings.Builder builder) {
        long timeout = settings.timeout().toMillis();
        if (!uri.contains("serverselectiontimeoutms")) {
            builder.applyToClusterSettings(c -> c.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS));
        }
        builder.applyToSocketSettings(s -> {
            if (!uri.contains("connecttimeoutms")) {
                s.connectTimeout((int) timeout, TimeUnit.MILLISECONDS);
            }
            if (!uri.contains("sockettimeoutms")) {
                s.readTimeout((int) settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }
}
