package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.TaskRunner;
import com.houqin.testing.BotInstance;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.Phone;

/** Two instances of the bot on one store: every escalation and every summary goes out once. */
class TwoInstancesTest extends BotIntegrationTest {

    @Autowired
    MongoConnectionDetails store;

    @Autowired
    Tickets tickets;

    ConfigurableApplicationContext second;

    @AfterEach
    void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    void at(String shanghaiTime) {
        clock.set(LocalDateTime.parse(shanghaiTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void eachEscalationAndSummaryIsSentOnceWhenTwoInstancesRunTheSchedule() throws Exception {
        at("2026-11-26T10:00");
        second = BotInstance.start(clock,
                "spring.data.mongodb.uri=" + store.getConnectionString().getConnectionString(),
                "houqin.telegram.token=" + TOKEN, "houqin.telegram.api-url=" + api.url(),
                "houqin.telegram.polling=false", "houqin.scheduler.enabled=false",
                "houqin.outbox.idle-poll=200ms", "houqin.outbox.per-chat-interval=100ms");
        TaskRunner secondTasks = second.getBean(TaskRunner.class);
        tasks.registerTasks();
        secondTasks.registerTasks();

        Person li = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        Phone lead = approved("Lu Lead", "Logistics", Role.REPAIR_LEAD);
        Phone boss = approved("Boss", "Logistics", Role.MANAGER);
        List<Ticket> created = List.of(
                tickets.create(li, new Tickets.NewTicket(RepairCategory.LIGHTING, "Hall", null, "Out", List.of(), false), "test:" + nextUpdateId()),
                tickets.create(li, new Tickets.NewTicket(RepairCategory.PLUMBING, "Lab", null, "Leak", List.of(), false), "test:" + nextUpdateId()));

        at("2026-11-26T10:45");
        bothRun(tasks, secondTasks);
        // let the deliveries finish before the clock jumps hours: a jump past a send's lease
        // would let the other instance take that send over, which real clocks never do
        api.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(20));
        at("2026-11-26T17:35");
        bothRun(tasks, secondTasks);
        api.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(20));

        for (Ticket t : created) {
            assertThat(count(lead, t.code(), "Nobody has accepted")).isEqualTo(1);
            assertThat(count(wang, t.code(), "Still nobody has taken")).isEqualTo(1);
            assertThat(count(boss, t.code(), "Overdue: not done in time")).isEqualTo(1);
        }
        assertThat(count(boss, "Logistics summary — 2026-11-26", "")).isEqualTo(1);
    }

    private void bothRun(TaskRunner a, TaskRunner b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 3; i++) {
                CountDownLatch go = new CountDownLatch(1);
                Future<?> first = pool.submit(() -> {
                    go.await();
                    a.runDueTasks();
                    return null;
                });
                Future<?> second = pool.submit(() -> {
                    go.await();
                    b.runDueTasks();
                    return null;
                });
                go.countDown();
                first.get();
                second.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long count(Phone p, String a, String b) {
        return p.messages().stream().filter(m -> m.text().contains(a) && m.text().contains(b)).count();
    }
}
