package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import com.houqin.people.People;
import com.houqin.people.Role;
import com.houqin.scheduler.TaskRunner;
import com.houqin.testing.BotInstance;
import com.houqin.testing.FakeBotApi;
import com.houqin.testing.Phone;
import com.houqin.testing.TestClock;

/** The bot is down at 17:30: the managers' summary goes out when it comes back, once. */
class CatchUpAfterRestartTest {

    private static final String TOKEN = "424242:CATCHUP_token";
    private final TestClock clock = new TestClock(ZoneId.of("Asia/Shanghai"));
    private FakeBotApi api;
    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aSummaryMissedWhileDownIsSentAfterTheRestart() throws Exception {
        api = new FakeBotApi(TOKEN);
        Path data = Files.createTempDirectory("houqin-catchup");
        at("2026-11-26T16:00");
        running = start(data);
        running.getBean(People.class).ensureAdmin(777L);
        Phone boss = new Phone(api, 777L, "Boss", "en");
        running.getBean(People.class).setRole(777L, Role.MANAGER, true, null);
        running.getBean(TaskRunner.class).runDueTasks();
        running.close();

        at("2026-11-26T19:00"); // the bot was down at 17:30
        // this time Quartz drives the schedule, as in production
        running = start(data, "houqin.scheduler.enabled=true", "houqin.scheduler.tick=200ms");
        boss.expect("Logistics summary — 2026-11-26");
        running.getBean(TaskRunner.class).runDueTasks();
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));
        assertThat(boss.messages()).filteredOn(m -> m.text().contains("Logistics summary")).hasSize(1);
    }

    private void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    private ConfigurableApplicationContext start(Path data, String... more) {
        java.util.List<String> settings = new java.util.ArrayList<>(java.util.List.of("houqin.telegram.token=" + TOKEN,
                "houqin.telegram.api-url=" + api.url(), "houqin.telegram.poll-timeout=1s", "houqin.data-dir=" + data,
                "houqin.outbox.idle-poll=200ms"));
        settings.addAll(java.util.List.of(more.length == 0 ? new String[] {"houqin.scheduler.enabled=false"} : more));
        return BotInstance.start(clock, settings.toArray(String[]::new));
    }
}
