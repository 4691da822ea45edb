package com.houqin.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.summary.Summaries;
import com.houqin.testing.BotIntegrationTest;

/**
 * Prints how the repair feature performs on the embedded store (no assertions on time: these
 * machines are shared and noisy). Figures go to the test output, prefixed "BENCHMARK". What it
 * asserts is that the work under load is right: every ticket made, every number different.
 */
class RepairStoreBenchmarkTest extends BotIntegrationTest {

    private static final int TICKETS = 500;
    private static final int THREADS = 8;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Summaries summaries;

    @Autowired
    RepairEscalationTask ladder;

    @Test
    void reportingSummarisingAndSweepingAtScale() throws Exception {
        Person reporter = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        Person tech = people.find(approved("Wang", "Logistics", Role.TECHNICIAN).id()).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger made = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(pool.submit(() -> {
                while (made.incrementAndGet() <= TICKETS) {
                    Ticket ticket = tickets.create(reporter, new Tickets.NewTicket(RepairCategory.LIGHTING,
                            "Block A", null, "Light out", List.of(), false), "test:" + nextUpdateId());
                    if (ticket.number() % 4 != 0) {
                        tickets.accept(ticket.number(), tech, nextUpdateId());
                        tickets.finish(ticket.number(), tech.id(), null, nextUpdateId());
                        tickets.confirm(ticket.number(), reporter.id(), nextUpdateId());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double createMs = (System.nanoTime() - start) / 1e6;
        long open = queries.open().size();

        long summaryStart = System.nanoTime();
        String summary = summaries.compose(Language.EN, java.util.Set.of(com.houqin.people.Role.MANAGER));
        double summaryMs = (System.nanoTime() - summaryStart) / 1e6;

        long sweepStart = System.nanoTime();
        ladder.run(Instant.now());
        double sweepMs = (System.nanoTime() - sweepStart) / 1e6;

        assertThat(mongo.findAll(Ticket.class).stream().map(Ticket::number).distinct().count()).isEqualTo(TICKETS);
        assertThat(open).isEqualTo(TICKETS / 4);

        Runtime rt = Runtime.getRuntime();
        System.out.printf("BENCHMARK repair: %d tickets (3 of 4 taken through accept, done, confirm) by %d threads"
                        + " in %.0f ms = %.0f tickets/s%n", TICKETS, THREADS, createMs, TICKETS / (createMs / 1000));
        System.out.printf("BENCHMARK repair: summary with %d open of %d tickets: %.0f ms, %d characters%n", open,
                TICKETS, summaryMs, summary.length());
        System.out.printf("BENCHMARK repair: escalation sweep over %d open tickets: %.0f ms%n", open, sweepMs);
        System.out.printf("BENCHMARK repair: JVM heap in use %d MB of %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), rt.totalMemory() / (1024 * 1024));
    }
}
