package com.houqin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.houqin.testing.BotProcess;

/** Started with a setting missing or malformed, the bot says what to do in one line and exits with 2. */
class StartupSettingsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void withoutATokenItSaysHowToSetItAndExits() throws Exception {
        try (BotProcess bot = BotProcess.start(Map.of("HOUQIN_DATA_DIR", tmp()))) {
            assertThat(bot.awaitExit(WAIT)).isEqualTo(2);
            assertThat(problemLine(bot.output())).contains("TELEGRAM_BOT_TOKEN").contains("@BotFather");
        }
    }

    @Test
    void aMalformedTimeZoneIsNamed() throws Exception {
        try (BotProcess bot = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", "123:abc-SECRET", "HOUQIN_TIMEZONE",
                "Mars/Olympus", "HOUQIN_DATA_DIR", tmp()))) {
            assertThat(bot.awaitExit(WAIT)).isEqualTo(2);
            assertThat(problemLine(bot.output())).contains("HOUQIN_TIMEZONE 'Mars/Olympus'");
            assertThat(bot.output()).doesNotContain("SECRET");
        }
    }

    @Test
    void aMalformedAdminListIsNamed() throws Exception {
        try (BotProcess bot = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", "123:abc", "HOUQIN_ADMINS", "alice,bob",
                "HOUQIN_DATA_DIR", tmp()))) {
            assertThat(bot.awaitExit(WAIT)).isEqualTo(2);
            assertThat(problemLine(bot.output())).contains("HOUQIN_ADMINS");
        }
    }

    @Test
    void aMalformedDurationIsNamed() throws Exception {
        try (BotProcess bot = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", "123:abc-SECRET", "HOUQIN_DATA_DIR", tmp(),
                "TELEGRAM_API_URL", "http://127.0.0.1:9"), "--houqin.conversation.idle-timeout=soon",
                "--server.port=0")) {
            assertThat(bot.awaitExit(WAIT)).isEqualTo(2);
            assertThat(problemLine(bot.output())).contains("houqin.conversation.idle-timeout").contains("soon");
            assertThat(bot.output()).doesNotContain("SECRET");
        }
    }

    private static String problemLine(String output) {
        return output.lines().filter(l -> l.startsWith("Houqin cannot start:")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem line in:\n" + output));
    }

    private static String tmp() throws Exception {
        return java.nio.file.Files.createTempDirectory("houqin-settings").toString();
    }
}
