package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

/** The same-day rule and its ladder, with the clock moved through a working day. */
class EscalationLadderTest extends BotIntegrationTest {

    Phone li;
    Phone wang;
    Phone lead;
    Phone boss;

    @BeforeEach
    void aThursdayMorning() {
        at("2026-11-26T10:00"); // Thursday, a working day, before the 15:00 same-day cut-off
        tasks.registerTasks();
        li = approved("Li Lei", "Finance");
        wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        lead = approved("Lu Lead", "Logistics", Role.REPAIR_LEAD);
        boss = approved("Boss", "Logistics", Role.MANAGER);
    }

    void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    void sweep() {
        tasks.runDueTasks();
        tasks.runDueTasks();
        awaitAllDelivered();
    }

    long count(Phone p, String text) {
        return p.messages().stream().filter(m -> m.text().contains(text)).count();
    }

    @Test
    void theLadderClimbsOnceAStepFromNoAcceptanceToABrokenPromise() {
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        Ticket t = mongo.findById(number, Ticket.class);
        assertThat(t.dueAt()).isCloseTo(Instant.parse("2026-11-26T09:30:00Z"), within(10, ChronoUnit.SECONDS)); // 17:30 the same day
        assertThat(t.responseDueAt()).isCloseTo(Instant.parse("2026-11-26T02:30:00Z"), within(10, ChronoUnit.SECONDS)); // 10:30

        at("2026-11-26T10:20");
        sweep();
        assertThat(count(lead, "Nobody has accepted")).isZero();

        at("2026-11-26T10:31");
        sweep();
        sweep();
        assertThat(count(lead, "Nobody has accepted this job in time")).isEqualTo(1);
        assertThat(count(wang, "Still nobody has taken this job")).isEqualTo(1);

        SentMessage reminder = wang.expect("Still nobody has taken this job");
        wang.tap(reminder, "Accept");
        li.expect("Wang accepted your repair R-" + number);
        wang.expect(m -> m.messageId() == reminder.messageId() && m.text().contains("Taken by Wang"));

        at("2026-11-26T17:29");
        sweep();
        assertThat(count(boss, "Overdue: not done in time")).isZero();
        at("2026-11-26T17:31");
        sweep();
        sweep();
        assertThat(count(boss, "Overdue: not done in time and no promise given")).isEqualTo(1);
        assertThat(count(li, "was not fixed in time")).isEqualTo(1);

        SentMessage card = wang.expect(m -> m.buttonData("Can’t finish today") != null);
        wang.tap(card, "Can’t finish today");
        wang.expect("Why can’t it be finished today?");
        wang.send("Need a longer ladder");
        wang.expect("By when will it be done?");
        wang.send("2020-01-01 10:00");
        wang.expect("has already passed");
        wang.send("whenever");
        wang.expect("I could not read that time");
        wang.send("yesterday");
        wang.expect("I could not read that time");
        wang.send("tomorrow 12:00");
        wang.expect("Promise recorded for R-" + number);
        li.expect(m -> m.text().contains("cannot be finished today") && m.text().contains("Need a longer ladder")
                && m.text().contains("2026-11-27 12:00"));

        at("2026-11-27T11:59");
        sweep();
        assertThat(count(boss, "Promise broken")).isZero();
        at("2026-11-27T12:01");
        sweep();
        sweep();
        assertThat(count(boss, "Promise broken")).isEqualTo(1);

        int mark = boss.mark();
        boss.send("/summary");
        SentMessage summary = boss.expectAfter(mark, "Logistics summary");
        assertThat(summary.text()).contains("Overdue (1)").contains("R-" + number).contains("promise broken")
                .contains("Wang");
    }

    @Test
    void aPromiseTypedAsJustADayMeansTheEndOfThatWorkingDay() {
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        wang.tap(wang.expect("New repair job"), "Accept");
        wang.tap(wang.expect(m -> m.buttonData("Can’t finish today") != null), "Can’t finish today");
        wang.send("The shop is closed");
        wang.expect("By when will it be done?");
        wang.send("tomorrow");
        wang.expect("Promise recorded for R-" + number + ": by 2026-11-27 17:30");
        li.expect(m -> m.text().contains("The shop is closed") && m.text().contains("2026-11-27 17:30"));
    }

    @Test
    void aJobReportedAfterTheCutOffIsDueTheNextWorkingDay() {
        at("2026-11-27T16:00"); // Friday after 15:00 → Monday 17:30
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        assertThat(mongo.findById(number, Ticket.class).dueAt()).isCloseTo(Instant.parse("2026-11-30T09:30:00Z"), within(10, ChronoUnit.SECONDS));
    }

    @Test
    void aRoutineJobReportedJustBeforeClosingIsChasedTheNextWorkingMorningNotAfterHours() {
        at("2026-11-27T17:20"); // Friday, ten minutes before work ends
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        Ticket t = mongo.findById(number, Ticket.class);
        // 10 working minutes on Friday, 20 on Monday from 08:30
        assertThat(t.responseDueAt()).isCloseTo(Instant.parse("2026-11-30T00:50:00Z"), within(10, ChronoUnit.SECONDS));

        at("2026-11-27T17:51");
        tasks.registerTasks();
        sweep();
        assertThat(count(lead, "Nobody has accepted")).isZero();
        assertThat(count(wang, "Still nobody has taken this job")).isZero();

        at("2026-11-30T08:51");
        sweep();
        sweep();
        assertThat(count(lead, "Nobody has accepted this job in time")).isEqualTo(1);
    }

    @Test
    void anUrgentJobHasShortTargetsAtAnyHour() {
        at("2026-11-28T22:00"); // Saturday night
        long number = RepairLifecycleTest.report(li, "Plumbing", "Basement", "Pipe burst", true);
        Ticket t = mongo.findById(number, Ticket.class);
        assertThat(t.responseDueAt()).isCloseTo(Instant.parse("2026-11-28T14:10:00Z"), within(10, ChronoUnit.SECONDS));
        assertThat(t.dueAt()).isCloseTo(Instant.parse("2026-11-28T18:00:00Z"), within(10, ChronoUnit.SECONDS));
        at("2026-11-28T22:11");
        tasks.registerTasks();
        sweep();
        assertThat(count(lead, "Nobody has accepted this job in time")).isEqualTo(1);
    }

    @Test
    void waitingForPartsStopsTheClockAndResumingMovesTheDueTime() {
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        wang.tap(wang.expect("New repair job"), "Accept");
        SentMessage card = wang.expect(m -> m.buttonData("Waiting for parts") != null);
        wang.tap(card, "Waiting for parts");
        wang.tap(wang.expect("What are you waiting for?"), "Parts");
        li.expect("Work on R-" + number + " is paused: Parts");
        assertThat(mongo.findById(number, Ticket.class).status()).isEqualTo(TicketStatus.WAITING);

        at("2026-11-26T18:00");
        sweep();
        assertThat(count(boss, "Overdue: not done in time")).isZero();

        at("2026-11-26T19:00"); // waited 9 hours in all
        wang.tap(wang.expect(m -> m.buttonData("Resume") != null), "Resume");
        li.expect("Wang is back at work on R-" + number);
        Ticket t = mongo.findById(number, Ticket.class);
        assertThat(t.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(t.dueAt()).isAfter(Instant.parse("2026-11-26T18:29:00Z"));
    }

    @Test
    void aReopenedJobStartsANewRound() {
        long number = RepairLifecycleTest.report(li, "Lighting", "Hall", "Light out", false);
        wang.tap(wang.expect("New repair job"), "Accept");
        wang.tap(wang.expect(m -> m.buttonData("Done") != null), "Done");
        wang.tap(wang.expect("photo of the result"), "Skip");
        li.tap(li.expect("is fixed. Is it?"), "Not fixed");
        li.expect("What is still wrong?");
        li.send("Still flickering");
        li.expect("R-" + number + " reopened; Wang has been told");
        SentMessage again = wang.expect("Reopened by the reporter");
        assertThat(again.text()).contains("Still flickering");
        assertThat(again.buttonLabels()).contains("✅ Done");
        Ticket t = mongo.findById(number, Ticket.class);
        assertThat(t.round()).isEqualTo(2);
        assertThat(t.status()).isEqualTo(TicketStatus.ACCEPTED);

        at("2026-11-26T17:31");
        sweep();
        assertThat(count(boss, "Overdue: not done in time")).isEqualTo(1);
    }
}
