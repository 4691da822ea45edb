package com.houqin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SettingsCheckTest {

    private MockEnvironment valid() {
        return new MockEnvironment().withProperty("houqin.telegram.token", "123456:ABC-def_1")
                .withProperty("houqin.data-dir", System.getProperty("java.io.tmpdir"));
    }

    @Test
    void aCompleteSetUpHasNoProblems() {
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.admins", "1, 2,3")
                .withProperty("houqin.timezone", "Europe/Berlin")
                .withProperty("houqin.telegram.api-url", "http://localhost:8081"))).isEmpty();
    }

    @Test
    void eachProblemIsNamedWithoutRevealingTheToken() {
        assertThat(SettingsCheck.problems(new MockEnvironment().withProperty("houqin.data-dir",
                System.getProperty("java.io.tmpdir")))).singleElement().asString().contains("TELEGRAM_BOT_TOKEN");
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.token", "not a token!")))
                .singleElement().asString().contains("malformed").doesNotContain("not a token!");
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.api-url", "api.telegram.org")))
                .singleElement().asString().contains("TELEGRAM_API_URL");
        assertThat(SettingsCheck.problems(valid().withProperty("spring.data.mongodb.uri", "localhost:27017")))
                .singleElement().asString().contains("MONGODB_URI");
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.data-dir", "/proc/houqin")))
                .singleElement().asString().contains("HOUQIN_DATA_DIR");
    }

    @Test
    void webhookModeNeedsItsAddressAndSecret() {
        MockEnvironment webhook = valid().withProperty("houqin.telegram.mode", "webhook");
        assertThat(SettingsCheck.problems(webhook)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("TELEGRAM_WEBHOOK_URL"))
                .anySatisfy(p -> assertThat(p).contains("TELEGRAM_WEBHOOK_SECRET"));
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.mode", "webhook")
                .withProperty("houqin.telegram.webhook-url", "https://bot.example.org")
                .withProperty("houqin.telegram.webhook-secret", "s3cret_-X"))).isEmpty();
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.mode", "webhook")
                .withProperty("houqin.telegram.webhook-url", "bot.example.org")
                .withProperty("houqin.telegram.webhook-secret", "has spaces!")))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("TELEGRAM_WEBHOOK_URL"))
                .anySatisfy(p -> assertThat(p).contains("malformed").doesNotContain("has spaces!"));
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.mode", "hook")))
                .singleElement().asString().contains("TELEGRAM_MODE");
        assertThat(SettingsCheck.problems(valid().withProperty("houqin.telegram.webhook-secret", "anything goes")))
                .as("polling ignores the webhook settings").isEmpty();
    }
}
