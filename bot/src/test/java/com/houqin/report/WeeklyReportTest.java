package com.houqin.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

class WeeklyReportTest extends BotIntegrationTest {

    @Autowired
    WeeklyReportTask task;

    private void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void managersGetLastWeeksReportOnMondayMorningOnce() {
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        Phone ann = approved("Ann", "Finance");
        at("2026-11-30T08:00"); // Monday
        tasks.registerTasks();
        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(reportMessages(boss)).isZero();

        at("2026-11-30T08:31");
        tasks.runDueTasks();
        boss.expect("Last week’s logistics report, 2026-11-23 – 2026-11-29");
        boss.expect(m -> "senddocument".equals(m.method()));
        tasks.runDueTasks();
        task.run(java.time.Instant.parse("2026-11-30T00:30:00Z")); // the same window again
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(5));
        assertThat(reportMessages(boss)).isEqualTo(1 + 8 + 1);
        assertThat(reportMessages(ann)).isZero();

        at("2026-12-01T08:31"); // Tuesday: not the first working day
        tasks.runDueTasks();
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(reportMessages(boss)).isEqualTo(10);
    }

    /** The report's heading, pictures and spreadsheet (the meal reminders go on beside them). */
    private static long reportMessages(Phone p) {
        return p.messages().stream().filter(m -> m.text().contains("report") || m.params().has("upload")).count();
    }

    @Test
    void aDeliveryCutShortGoesOnFromTheNextMessageAndABlockedManagerHoldsUpNobody() {
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        Phone gone = approved("Gone", "Logistics", Role.MANAGER);
        api.blockedBy(gone.id());
        at("2026-11-30T08:31");
        java.time.Instant window = java.time.Instant.parse("2026-11-30T00:30:00Z");
        api.serverError("sendphoto", boss.id(), 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> task.run(window)).isInstanceOf(RuntimeException.class);
        assertThat(reportMessages(boss)).isEqualTo(1); // the heading; the first picture failed
        task.run(window);
        task.run(window);
        api.awaitQuiet(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(reportMessages(boss)).isEqualTo(10);
        assertThat(boss.messages().stream().filter(m -> m.text().contains("Last week’s logistics report"))).hasSize(1);
        assertThat(reportMessages(gone)).isZero();
    }

    @Test
    void theFirstWorkingDayIsMondayUnlessItIsOff() {
        assertThat(task.isFirstWorkingDayOfWeek(LocalDate.parse("2026-11-30"))).isTrue();
        assertThat(task.isFirstWorkingDayOfWeek(LocalDate.parse("2026-12-01"))).isFalse();
        assertThat(task.isFirstWorkingDayOfWeek(LocalDate.parse("2026-12-05"))).isFalse(); // Saturday
    }
}
