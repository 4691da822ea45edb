package com.houqin.repair;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;

import org.springframework.stereotype.Component;

import com.houqin.scheduler.Schedule;
import com.houqin.scheduler.ScheduledTask;
import com.houqin.scheduler.Schedules;

/**
 * The escalation ladder, checked every {@code houqin.repair.sweep}:
 * not accepted in time → the category's technicians again and the repair leads;
 * past due, not done and no promise → the managers, and the reporter is told;
 * a promise broken → the managers. Each step happens once per ticket and round, claimed on the
 * ticket itself, however many instances run this.
 */
@Component
class RepairEscalationTask implements ScheduledTask {

    private static final Set<TicketStatus> RUNNING = EnumSet.of(TicketStatus.NEW, TicketStatus.ACCEPTED,
            TicketStatus.IN_PROGRESS);

    private final Tickets tickets;
    private final TicketQueries queries;
    private final RepairProperties properties;
    private final Clock clock;

    RepairEscalationTask(Tickets tickets, TicketQueries queries, RepairProperties properties, Clock clock) {
        this.tickets = tickets;
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "repair-escalations";
    }

    @Override
    public Schedule schedule() {
        return Schedules.every(properties.sweep());
    }

    @Override
    public void run(Instant scheduledFor) {
        Instant now = clock.instant();
        for (Ticket t : queries.openOrDone()) {
            if (t.status() == TicketStatus.DONE) {
                closeIfForgotten(t, now);
            } else {
                climb(t, now);
            }
        }
    }

    private void climb(Ticket t, Instant now) {
        if (t.status() == TicketStatus.WAITING) {
            return; // the clocks are stopped
        }
        if (t.status() == TicketStatus.NEW && !now.isBefore(t.responseDueAt())) {
            tickets.claimStep(t.number(), "response:" + t.round(), EnumSet.of(TicketStatus.NEW), null);
        }
        Ticket.Promise promise = t.currentPromise();
        if (promise == null && !now.isBefore(t.dueAt())) {
            // still overdue when claimed: not paused, and no promise made for this round meanwhile
            Criteria noPromise = new Criteria().orOperator(Criteria.where("promise").is(null),
                    Criteria.where("promise.round").ne(t.round()));
            tickets.claimStep(t.number(), "overdue:" + t.round(), RUNNING,
                    new Criteria().andOperator(Criteria.where("round").is(t.round()), noPromise));
        }
        if (promise != null && !now.isBefore(promise.promisedAt())) {
            tickets.claimStep(t.number(), "promise:" + t.round() + ":" + promise.seq(), RUNNING,
                    Criteria.where("promise.seq").is(promise.seq()).and("promise.round").is(t.round()));
        }
    }

    private void closeIfForgotten(Ticket t, Instant now) {
        if (t.doneAt() != null && !now.isBefore(t.doneAt().plus(properties.autoCloseAfter()))) {
            tickets.autoClose(t.number());
        }
    }
}
