package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class RepairSummaryTest extends BotIntegrationTest {

    @Autowired
    Tickets tickets;

    void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void theSummaryShowsTheDayAtAGlance() {
        at("2026-11-26T09:00");
        Person li = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        Person wang = people.find(approved("Wang", "Logistics", Role.TECHNICIAN).id()).orElseThrow();
        Person zhou = people.find(approved("Zhou", "Logistics", Role.TECHNICIAN).id()).orElseThrow();
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);

        Ticket fixed = create(li, "Hall", false);
        tickets.accept(fixed.number(), wang, nextUpdateId());
        tickets.finish(fixed.number(), wang.id(), null, nextUpdateId());
        tickets.confirm(fixed.number(), li.id(), nextUpdateId());
        tickets.rate(fixed.number(), li.id(), 4, nextUpdateId());

        Ticket promised = create(li, "Lab 2", false);
        tickets.accept(promised.number(), wang, nextUpdateId());
        tickets.promise(promised.number(), wang.id(), "Needs a new ballast",
                java.time.Instant.parse("2026-11-27T04:00:00Z"), nextUpdateId());

        Ticket paused = create(li, "Store room", true);
        tickets.accept(paused.number(), zhou, nextUpdateId());
        tickets.pause(paused.number(), zhou.id(), "Parts", nextUpdateId());

        Ticket overdue = create(li, "Kitchen", false);
        tickets.accept(overdue.number(), zhou, nextUpdateId());
        Ticket unaccepted = create(li, "Gate", false);

        at("2026-11-26T17:45");
        boss.send("/summary");
        String text = boss.expect("Logistics summary").text();
        assertThat(text).contains("2026-11-26");
        assertThat(text).contains("New today: 5 (urgent 1) · Fixed today: 1 · Open: 4");
        assertThat(section(text, "Overdue (")).contains(overdue.code()).contains("Zhou").containsPattern("8 h 4\\d min")
                .doesNotContain(promised.code()).doesNotContain(paused.code());
        assertThat(section(text, "Promised (1)")).contains(promised.code()).contains("Needs a new ballast")
                .contains("11-27 12:00");
        assertThat(section(text, "Paused for parts/access (1)")).contains(paused.code()).contains("Parts");
        assertThat(text).contains(unaccepted.code());
        assertThat(text).contains("Rating (7 days): 4.0 ⭐ from 1");
        assertThat(text).contains("Load: Wang 1 · Zhou 2 (🚨1)");
    }

    @Test
    void aLongSummaryIsSplitBetweenLinesUnderTelegramsLimit() {
        at("2026-11-26T09:00");
        Person li = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        approved("Wang", "Logistics", Role.TECHNICIAN);
        for (int i = 0; i < 120; i++) {
            create(li, "Building " + i + ", a rather long description of where it is", false);
        }
        at("2026-11-26T18:00");
        boss.send("/summary");
        boss.expect("Logistics summary");
        // 120 job offers to the technician go out one every 100 ms: wait for them all, then count
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outbox.queued() > 0 && System.nanoTime() < deadline) {
            sleep(50);
        }
        api.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(30));
        // the jobs' offers went to the technician; the manager got only the summary
        List<SentMessage> parts = boss.messages();
        assertThat(parts.size()).isGreaterThan(1);
        for (SentMessage part : parts) {
            assertThat(part.text().length()).isLessThanOrEqualTo(4096);
            for (String line : part.text().split("\n")) {
                if (line.contains("R-")) {
                    assertThat(line).matches("\\s*R-\\d+ 💡 .* · Waiting for a technician · \\d+ h \\d+ min");
                }
            }
        }
        long codes = parts.stream().flatMap(p -> p.text().lines()).filter(l -> l.contains("R-")).count();
        assertThat(codes).isEqualTo(120);
    }

    private Ticket create(Person reporter, String where, boolean urgent) {
        return tickets.create(reporter, new Tickets.NewTicket(RepairCategory.LIGHTING, where, null, "Broken", List.of(),
                urgent), "test:" + nextUpdateId());
    }

    private static String section(String text, String heading) {
        int start = text.indexOf(heading);
        assertThat(start).as("section %s in:\n%s", heading, text).isNotNegative();
        int end = text.indexOf("\n", text.indexOf("\n", start) + 1);
        StringBuilder b = new StringBuilder();
        for (String line : text.substring(start).split("\n")) {
            if (b.length() > 0 && !line.startsWith("  ")) {
                break;
            }
            b.append(line).append('\n');
        }
        return end < 0 ? text.substring(start) : b.toString();
    }
}
