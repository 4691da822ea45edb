package com.houqin.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.NoticeRelay;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.Person;

/**
 * The repair tickets. Every change is one findAndModify with the state it expects in the filter,
 * so two technicians accepting at once, or a cancel racing an accept, end with exactly one winner.
 * The same write records the news the change causes (relayed to the outbox right after, see
 * {@link RepairNotices}) and the update that made it: a change asked for again by the same update
 * (handled again after a crash) finds it made and returns the ticket as it made it.
 * Methods return the ticket as changed, or empty when the expected state no longer held.
 * Lists of tickets are read with {@link TicketQueries}.
 */
@Component
public class Tickets {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final DuePolicy due;
    private final NoticeRelay relay;

    public Tickets(MongoTemplate mongo, Clock clock, DuePolicy due, NoticeRelay relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.due = due;
        this.relay = relay;
    }

    public record NewTicket(RepairCategory category, String location, String placeId, String description,
                            List<String> photos, boolean urgent) {
    }

    /** A new ticket for a report; the same report ({@code requestKey}) gives the same ticket. */
    public Ticket create(Person reporter, NewTicket n, String requestKey) {
        Optional<Ticket> made = byRequest(requestKey);
        if (made.isPresent()) {
            return relay.relay(made.get());
        }
        Instant now = clock.instant();
        Ticket ticket = Ticket.builder(TicketCounter.nextNumber(mongo)).reporter(reporter).report(n)
                .times(now, due.responseDue(now, n.urgent()), due.resolutionDue(now, n.urgent()))
                .requestKey(requestKey).notice(news(RepairNotices.REPORTED)).build();
        try {
            mongo.insert(ticket);
        } catch (DuplicateKeyException sameReportMeanwhile) {
            return relay.relay(byRequest(requestKey).orElseThrow());
        }
        return relay.relay(ticket);
    }

    private Optional<Ticket> byRequest(String requestKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("requestKey").is(requestKey)),
                Ticket.class));
    }

    public Optional<Ticket> find(long number) {
        return Optional.ofNullable(mongo.findById(number, Ticket.class));
    }

    /** First to accept wins; the ticket must still be new. */
    public Optional<Ticket> accept(long number, Person technician, int updateId) {
        return change(number, ANYONE, List.of(TicketStatus.NEW), new Update().set("status", TicketStatus.ACCEPTED)
                .set("technicianId", technician.id()).set("technicianName", technician.displayName())
                .set("acceptedAt", clock.instant()), updateId, RepairNotices.ACCEPTED);
    }

    public Optional<Ticket> start(long number, long technicianId, int updateId) {
        return change(number, owner(technicianId), List.of(TicketStatus.ACCEPTED),
                new Update().set("status", TicketStatus.IN_PROGRESS).set("startedAt", clock.instant()), updateId,
                RepairNotices.STARTED);
    }

    public Optional<Ticket> finish(long number, long technicianId, String resultPhoto, int updateId) {
        return change(number, owner(technicianId), List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                new Update().set("status", TicketStatus.DONE).set("doneAt", clock.instant())
                        .set("resultPhoto", resultPhoto), updateId, RepairNotices.DONE);
    }

    /** "Cannot finish today": the reason and the promised time, told to the reporter. */
    public Optional<Ticket> promise(long number, long technicianId, String reason, Instant promisedAt, int updateId) {
        Ticket current = find(number).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        int seq = current.promise() == null ? 1 : current.promise().seq() + 1;
        Ticket.Promise promise = new Ticket.Promise(reason, promisedAt, clock.instant(), current.round(), seq);
        return change(number, owner(technicianId), List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                Update.update("promise", promise), updateId, RepairNotices.PROMISED, "seq", String.valueOf(seq));
    }

    /** Waiting for parts or access: the clocks stop. */
    public Optional<Ticket> pause(long number, long technicianId, String reason, int updateId) {
        Instant now = clock.instant();
        return change(number, owner(technicianId), List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                new Update().set("status", TicketStatus.WAITING).set("waiting", new Ticket.Waiting(reason, now)),
                updateId, RepairNotices.PAUSED, "since", String.valueOf(now.toEpochMilli()));
    }

    /** Back to work: the due time moves on by the time spent waiting. */
    public Optional<Ticket> resume(long number, long technicianId, int updateId) {
        Ticket current = find(number).orElse(null);
        if (current == null || current.status() != TicketStatus.WAITING || current.waiting() == null) {
            return alreadyChangedBy(number, updateId);
        }
        Duration paused = Duration.between(current.waiting().since(), clock.instant());
        Instant dueAt = current.dueAt().plus(paused);
        Update update = new Update().set("status", TicketStatus.IN_PROGRESS).set("waiting", null).set("dueAt", dueAt);
        if (current.startedAt() == null) {
            update.set("startedAt", clock.instant());
        }
        return change(number, owner(technicianId), List.of(TicketStatus.WAITING), update, updateId,
                RepairNotices.RESUMED, "due", String.valueOf(dueAt.toEpochMilli()));
    }

    /** The reporter confirms the fix. */
    public Optional<Ticket> confirm(long number, long reporterId, int updateId) {
        return change(number, reporter(reporterId), List.of(TicketStatus.DONE),
                new Update().set("status", TicketStatus.CLOSED).set("closedAt", clock.instant()), updateId,
                RepairNotices.CONFIRMED);
    }

    /** Not fixed after all: back to the same technician, with new clocks (a new round). */
    public Optional<Ticket> reopen(long number, long reporterId, String reason, int updateId) {
        Instant now = clock.instant();
        Ticket current = find(number).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        return change(number, reporter(reporterId), List.of(TicketStatus.DONE), new Update()
                .set("status", TicketStatus.ACCEPTED).inc("round", 1).set("reopenReason", reason)
                .set("reopenedAt", now).set("doneAt", null).set("startedAt", null)
                .set("dueAt", due.resolutionDue(now, current.urgent())), updateId, RepairNotices.REOPENED,
                "round", String.valueOf(current.round() + 1));
    }

    /** The reporter withdraws the job while nobody has started on it. */
    public Optional<Ticket> cancel(long number, long reporterId, int updateId) {
        return change(number, reporter(reporterId), List.of(TicketStatus.NEW, TicketStatus.ACCEPTED),
                new Update().set("status", TicketStatus.CANCELLED).set("cancelledAt", clock.instant()), updateId,
                RepairNotices.CANCELLED);
    }

    public Optional<Ticket> rate(long number, long reporterId, int stars, int updateId) {
        return change(number, reporter(reporterId), List.of(TicketStatus.CLOSED), Update.update("rating", stars),
                updateId, RepairNotices.RATED, "stars", String.valueOf(stars));
    }

    public Optional<Ticket> comment(long number, long reporterId, String comment, int updateId) {
        return change(number, reporter(reporterId), List.of(TicketStatus.CLOSED),
                Update.update("ratingComment", comment), updateId, null);
    }

    /** Closes a job left "done" without an answer from the reporter. */
    public Optional<Ticket> autoClose(long number) {
        return change(number, ANYONE, List.of(TicketStatus.DONE),
                new Update().set("status", TicketStatus.CLOSED).set("closedAt", clock.instant()), 0,
                RepairNotices.AUTO_CLOSED);
    }

    /**
     * Takes an escalation step and writes its news: true for exactly one caller per step, however
     * many instances run the ladder at once, and only while the ticket is still in one of the
     * statuses the step is for (a job accepted a moment ago is not offered again).
     */
    public boolean claimStep(long number, String step, Collection<TicketStatus> whileIn, Criteria stillDue) {
        Query query = Query.query(Criteria.where("_id").is(number).and("escalations").ne(step).and("status").in(whileIn));
        if (stillDue != null) {
            query.addCriteria(stillDue);
        }
        Ticket claimed = mongo.findAndModify(query,
                new Update().addToSet("escalations", step).push(CarriesNotices.FIELD,
                        news(RepairNotices.STEP, "step", step)),
                FindAndModifyOptions.options().returnNew(true), Ticket.class);
        relay.relay(claimed);
        return claimed != null;
    }

    /** Who may make a change: anyone allowed to press the button, the job's technician, or its reporter. */
    private record Who(String field, Long id) {
    }

    private static final Who ANYONE = new Who(null, null);

    private static Who owner(long technicianId) {
        return new Who("technicianId", technicianId);
    }

    private static Who reporter(long reporterId) {
        return new Who("reporterId", reporterId);
    }

    /**
     * The one way a ticket changes: only from the expected statuses, only by whom it may, and not
     * by an update that changed it before; the news of the change is written with it.
     */
    private Optional<Ticket> change(long number, Who who, Collection<TicketStatus> from, Update update,
                                    int updateId, String newsKind, String... newsArgs) {
        Query query = Query.query(Criteria.where("_id").is(number).and("status").in(from));
        if (who.field() != null) {
            query.addCriteria(Criteria.where(who.field()).is(who.id()));
        }
        if (updateId != 0) {
            query.addCriteria(Criteria.where("changedBy").ne(updateId));
            update.addToSet("changedBy", updateId);
        }
        if (newsKind != null) {
            update.push(CarriesNotices.FIELD, news(newsKind, newsArgs));
        }
        Ticket changed = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Ticket.class);
        if (changed == null) {
            return alreadyChangedBy(number, updateId);
        }
        return Optional.of(relay.relay(changed));
    }

    /** The ticket, if this update already changed it (it is being handled again). */
    private Optional<Ticket> alreadyChangedBy(long number, int updateId) {
        if (updateId == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(number)
                .and("changedBy").is(updateId)), Ticket.class)).map(relay::relay);
    }

    private PendingNotice news(String kind, String... namesAndValues) {
        return PendingNotice.of(kind, clock.instant(), namesAndValues);
    }
}
