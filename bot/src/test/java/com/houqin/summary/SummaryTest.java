package com.houqin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

class SummaryTest extends BotIntegrationTest {

    @Test
    void aManagerAsksForTheSummaryAnyTime() {
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        boss.send("/summary");
        boss.expect("Logistics summary");
        Phone ann = approved("Ann", "Finance");
        ann.send("/summary");
        ann.expect("only for: Dispatcher / Manager");
    }

    @Test
    void managersGetTheSummaryAtTheConfiguredTimeOnWorkingDaysOnce() {
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        clock.set(Instant.parse("2026-11-26T09:00:00Z")); // Thursday 17:00 in Shanghai
        tasks.registerTasks();
        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(boss.messages()).isEmpty();

        clock.set(Instant.parse("2026-11-26T09:31:00Z")); // 17:31
        tasks.runDueTasks();
        tasks.runDueTasks();
        boss.expect("Logistics summary — 2026-11-26");
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(boss.messages()).hasSize(1);
    }
}
