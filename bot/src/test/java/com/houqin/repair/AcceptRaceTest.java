package com.houqin.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.testing.BotIntegrationTest;
import com.houqin.testing.FakeBotApi.SentMessage;
import com.houqin.testing.Phone;

class AcceptRaceTest extends BotIntegrationTest {

    @Autowired
    Tickets tickets;

    @Test
    void twoTechniciansPressingAcceptTogetherGetOneWinner() {
        Phone li = approved("Li Lei", "Finance");
        Phone wang = approved("Wang", "Logistics", Role.TECHNICIAN);
        Phone zhou = approved("Zhou", "Logistics", Role.TECHNICIAN);
        for (int round = 0; round < 3; round++) {
            long number = RepairLifecycleTest.report(li, "Lighting", "Hall " + round, "Light out", false);
            SentMessage a = wang.expect(m -> m.text().contains("R-" + number) && m.buttonData("Accept") != null);
            SentMessage b = zhou.expect(m -> m.text().contains("R-" + number) && m.buttonData("Accept") != null);
            wang.tap(a, "Accept");
            zhou.tap(b, "Accept");
            Phone winner = awaitWinner(number, wang, zhou);
            Phone loser = winner == wang ? zhou : wang;
            loser.expect("R-" + number + " has already been taken by " + winner.firstName());
            loser.expect(m -> m.messageId() == (loser == wang ? a : b).messageId()
                    && m.text().contains("Taken by " + winner.firstName()) && m.keyboard().isEmpty());
            li.expect(winner.firstName() + " accepted your repair R-" + number);
            awaitAllDelivered();
            assertThat(li.messages()).filteredOn(m -> m.text().contains("accepted your repair R-" + number)).hasSize(1);
        }
    }

    private Phone awaitWinner(long number, Phone... candidates) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Ticket t = mongo.findById(number, Ticket.class);
            if (t.technicianId() != null) {
                for (Phone p : candidates) {
                    if (p.id() == t.technicianId()) {
                        return p;
                    }
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("nobody accepted R-" + number);
    }

    @Test
    void manyThreadsAcceptingAtOnceLeaveExactlyOneOwner() throws Exception {
        Person reporter = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        List<Person> techs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            techs.add(people.find(approved("Tech " + i, "Logistics", Role.TECHNICIAN).id()).orElseThrow());
        }
        ExecutorService pool = Executors.newFixedThreadPool(techs.size());
        try {
            for (int round = 0; round < 10; round++) {
                Ticket t = tickets.create(reporter, new Tickets.NewTicket(RepairCategory.LIGHTING, "Hall", null,
                        "Light out", List.of(), false), "test:" + nextUpdateId());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (Person tech : techs) {
                    Callable<Boolean> accept = () -> {
                        go.await();
                        return tickets.accept(t.number(), tech, nextUpdateId()).isPresent();
                    };
                    results.add(pool.submit(accept));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> r : results) {
                    winners += r.get() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
                assertThat(mongo.findById(t.number(), Ticket.class).status()).isEqualTo(TicketStatus.ACCEPTED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelRacingAnAcceptEndsConsistent() throws Exception {
        Person reporter = people.find(approved("Li Lei", "Finance").id()).orElseThrow();
        Person tech = people.find(approved("Wang", "Logistics", Role.TECHNICIAN).id()).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Ticket t = tickets.create(reporter, new Tickets.NewTicket(RepairCategory.LIGHTING, "Hall", null,
                        "Light out", List.of(), false), "test:" + nextUpdateId());
                CountDownLatch go = new CountDownLatch(1);
                Future<Boolean> accepted = pool.submit(() -> {
                    go.await();
                    return tickets.accept(t.number(), tech, nextUpdateId()).isPresent();
                });
                Future<Boolean> cancelled = pool.submit(() -> {
                    go.await();
                    return tickets.cancel(t.number(), reporter.id(), nextUpdateId()).isPresent();
                });
                go.countDown();
                boolean a = accepted.get();
                boolean c = cancelled.get();
                Ticket end = mongo.findById(t.number(), Ticket.class);
                // cancel is allowed after accept (nobody started yet), so either order ends cancelled,
                // or the accept came second and lost
                assertThat(c).isTrue();
                assertThat(end.status()).isEqualTo(TicketStatus.CANCELLED);
                if (a) {
                    assertThat(end.technicianId()).isEqualTo(tech.id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
