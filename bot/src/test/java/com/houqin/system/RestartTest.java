package com.houqin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.houqin.HouqinApplication;
import com.houqin.testing.BotProcess;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The bot stopped and started again on the same embedded store: nothing a person did is lost. */
class RestartTest {

    private static final String TOKEN = "777000:RESTART_test-token";
    private static final long ADMIN = 5_550_001L;

    private final FakeBotApi api = start();
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        api.close();
    }

    @Test
    void aFormInProgressAndUndeliveredMessagesSurviveARestart() throws Exception {
        Path data = Files.createTempDirectory("houqin-restart");
        running = startBot(data);
        Phone li = new Phone(api, 1001, "Li", "en");
        Phone wu = new Phone(api, 1002, "Wu", "en");
        Phone admin = new Phone(api, ADMIN, "Ada", "en");

        li.send("/start");
        li.send("Li Lei");
        SentMessage departments = li.expect("Which department");

        api.serverError("sendMessage", ADMIN, 1000);
        wu.send("/start");
        wu.send("Wu Fang");
        wu.tap("IT");
        wu.expect("sent to the admins");

        running.close();
        api.reset();
        running = startBot(data);

        li.tap(departments, "Finance");
        li.expect("sent to the admins");
        assertThat(admin.expect("Wu Fang").text()).contains("Registration request");
        assertThat(admin.expect("Li Lei").text()).contains("Finance");
    }

    @Test
    void whatWasConfirmedSurvivesKillDashNine() throws Exception {
        Path data = Files.createTempDirectory("houqin-kill9");
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                "HOUQIN_DATA_DIR", data.toString(), "HOUQIN_ADMINS", String.valueOf(ADMIN));
        String[] args = {"--server.port=0", "--houqin.telegram.poll-timeout=1s", "--houqin.scheduler.enabled=false"};
        Phone li = new Phone(api, 2001, "Li", "en");
        String firstOutput;
        try (BotProcess first = BotProcess.start(env, args)) {
            li.send("/start");
            li.expect(m -> m.text().contains("full name"), Duration.ofSeconds(60));
            li.send("Li Lei");
            li.tap("Finance");
            li.expect("sent to the admins");
            first.kill9();
            firstOutput = first.output();
        }
        api.reset();
        try (BotProcess second = BotProcess.start(env, args)) {
            li.send("/start");
            li.expect(m -> m.text().contains("waiting for an admin’s approval"), Duration.ofSeconds(60));
            assertThat(firstOutput + second.output()).doesNotContain(TOKEN.substring(7));
        }
    }

    private ConfigurableApplicationContext startBot(Path data) {
        return new SpringApplicationBuilder(HouqinApplication.class).run(
                "--houqin.telegram.token=" + TOKEN,
                "--houqin.telegram.api-url=" + api.url(),
                "--houqin.telegram.poll-timeout=1s",
                "--houqin.data-dir=" + data,
                "--houqin.admins=" + ADMIN,
                "--houqin.scheduler.enabled=false",
                "--houqin.outbox.first-retry=200ms",
                "--houqin.outbox.idle-poll=200ms",
                "--server.port=0");
    }

    private static FakeBotApi start() {
        try {
            return new FakeBotApi(TOKEN);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
