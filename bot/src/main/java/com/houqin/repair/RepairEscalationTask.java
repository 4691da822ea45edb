package com.houqin.repair;

import java.time.Clock;
import java.time.Instant;

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

    private final Tickets tickets;
    private final RepairNotices notices;
    private final RepairProperties properties;
    private final Clock clock;

    RepairEscalationTask(Tickets tickets, RepairNotices notices, RepairProperties properties, Clock clock) {
        this.tickets = tickets;
        this.notices = notices;
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
        for (Ticket t : tickets.openOrDone()) {
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
        if (t.status() == TicketStatus.NEW && !now.isBefore(t.responseDueAt())
                && tickets.claimStep(t.number(), "response:" + t.round())) {
            notices.offer(t, "reoffer", "repair.offer.reminder");
            notices.toLeads(t, "response:" + t.round(), "repair.escalate.not-accepted");
        }
        Ticket.Promise promise = t.currentPromise();
        if (promise == null && !now.isBefore(t.dueAt())) {
            String step = "overdue:" + t.round();
            if (tickets.claimStep(t.number(), step)) {
                notices.escalate(t, step, "repair.escalate.overdue", false);
                notices.tellReporter(t, step, "repair.reporter.overdue", t.code());
            }
        }
        if (promise != null && !now.isBefore(promise.promisedAt())) {
            String step = "promise:" + t.round() + ":" + promise.seq();
            if (tickets.claimStep(t.number(), step)) {
                notices.escalate(t, step, "repair.escalate.promise-broken", false);
            }
        }
    }

    private void closeIfForgotten(Ticket t, Instant now) {
        if (t.doneAt() != null && !now.isBefore(t.doneAt().plus(properties.autoCloseAfter()))) {
            tickets.autoClose(t.number()).ifPresent(closed ->
                    notices.tellReporter(closed, "r" + closed.round() + ":auto-closed", "repair.reporter.auto-closed",
                            closed.code()));
        }
    }
}
