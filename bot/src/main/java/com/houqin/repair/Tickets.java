package com.houqin.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.people.Person;

/**
 * The repair tickets. Every change is one findAndModify with the state it expects in the filter,
 * so two technicians accepting at once, or a cancel racing an accept, end with exactly one winner.
 * Methods return the ticket as changed, or empty when the expected state no longer held.
 */
@Component
public class Tickets {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final DuePolicy due;

    public Tickets(MongoTemplate mongo, Clock clock, DuePolicy due) {
        this.mongo = mongo;
        this.clock = clock;
        this.due = due;
    }

    public record NewTicket(RepairCategory category, String location, String placeId, String description,
                            List<String> photos, boolean urgent) {
    }

    public Ticket create(Person reporter, NewTicket n) {
        Instant now = clock.instant();
        Ticket ticket = new Ticket(nextNumber(), reporter.id(), reporter.displayName(), reporter.department(),
                n.category(), n.location(), n.placeId(), n.description(), n.photos(), n.urgent(), TicketStatus.NEW,
                null, null, now, due.responseDue(now, n.urgent()), due.resolutionDue(now, n.urgent()),
                null, null, null, null, null, 1, null, null, List.of(), null, null, null, null, null);
        mongo.insert(ticket);
        return ticket;
    }

    private long nextNumber() {
        TicketCounter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("repair")),
                new Update().inc("value", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                TicketCounter.class);
        return TicketCounter.FIRST + counter.value();
    }

    public Optional<Ticket> find(long number) {
        return Optional.ofNullable(mongo.findById(number, Ticket.class));
    }

    /** First to accept wins; the ticket must still be new. */
    public Optional<Ticket> accept(long number, Person technician) {
        Instant now = clock.instant();
        return change(number, List.of(TicketStatus.NEW), new Update().set("status", TicketStatus.ACCEPTED)
                .set("technicianId", technician.id()).set("technicianName", technician.displayName())
                .set("acceptedAt", now));
    }

    public Optional<Ticket> start(long number, long technicianId) {
        return changeOwned(number, technicianId, List.of(TicketStatus.ACCEPTED),
                new Update().set("status", TicketStatus.IN_PROGRESS).set("startedAt", clock.instant()));
    }

    public Optional<Ticket> finish(long number, long technicianId, String resultPhoto) {
        return changeOwned(number, technicianId, List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                new Update().set("status", TicketStatus.DONE).set("doneAt", clock.instant())
                        .set("resultPhoto", resultPhoto));
    }

    /** "Cannot finish today": the reason and the promised time, told to the reporter. */
    public Optional<Ticket> promise(long number, long technicianId, String reason, Instant promisedAt) {
        Ticket current = find(number).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        int seq = current.promise() == null ? 1 : current.promise().seq() + 1;
        Ticket.Promise promise = new Ticket.Promise(reason, promisedAt, clock.instant(), current.round(), seq);
        return changeOwned(number, technicianId, List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                Update.update("promise", promise));
    }

    /** Waiting for parts or access: the clocks stop. */
    public Optional<Ticket> pause(long number, long technicianId, String reason) {
        return changeOwned(number, technicianId, List.of(TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS),
                new Update().set("status", TicketStatus.WAITING)
                        .set("waiting", new Ticket.Waiting(reason, clock.instant())));
    }

    /** Back to work: the due time moves on by the time spent waiting. */
    public Optional<Ticket> resume(long number, long technicianId) {
        Ticket current = find(number).filter(t -> t.status() == TicketStatus.WAITING).orElse(null);
        if (current == null || current.waiting() == null) {
            return Optional.empty();
        }
        Duration paused = Duration.between(current.waiting().since(), clock.instant());
        Update update = new Update().set("status", TicketStatus.IN_PROGRESS).set("waiting", null)
                .set("dueAt", current.dueAt().plus(paused));
        if (current.startedAt() == null) {
            update.set("startedAt", clock.instant());
        }
        return changeOwned(number, technicianId, List.of(TicketStatus.WAITING), update);
    }

    /** The reporter confirms the fix. */
    public Optional<Ticket> confirm(long number, long reporterId) {
        return changeReported(number, reporterId, List.of(TicketStatus.DONE),
                new Update().set("status", TicketStatus.CLOSED).set("closedAt", clock.instant()));
    }

    /** Not fixed after all: back to the same technician, with new clocks (a new round). */
    public Optional<Ticket> reopen(long number, long reporterId, String reason) {
        Instant now = clock.instant();
        Ticket current = find(number).orElse(null);
        if (current == null) {
            return Optional.empty();
        }
        return changeReported(number, reporterId, List.of(TicketStatus.DONE), new Update()
                .set("status", TicketStatus.ACCEPTED).inc("round", 1).set("reopenReason", reason)
                .set("reopenedAt", now).set("doneAt", null).set("startedAt", null)
                .set("dueAt", due.resolutionDue(now, current.urgent())));
    }

    /** The reporter withdraws the job while nobody has started on it. */
    public Optional<Ticket> cancel(long number, long reporterId) {
        return changeReported(number, reporterId, List.of(TicketStatus.NEW, TicketStatus.ACCEPTED),
                new Update().set("status", TicketStatus.CANCELLED).set("cancelledAt", clock.instant()));
    }

    public Optional<Ticket> rate(long number, long reporterId, int stars) {
        return changeReported(number, reporterId, List.of(TicketStatus.CLOSED), Update.update("rating", stars));
    }

    public Optional<Ticket> comment(long number, long reporterId, String comment) {
        return changeReported(number, reporterId, List.of(TicketStatus.CLOSED),
                Update.update("ratingComment", comment));
    }

    /** Closes a job left "done" without an answer from the reporter. */
    public Optional<Ticket> autoClose(long number) {
        return change(number, List.of(TicketStatus.DONE),
                new Update().set("status", TicketStatus.CLOSED).set("closedAt", clock.instant()));
    }

    /**
     * Records that an escalation step happened; true for exactly one caller per step, however
     * many instances run the ladder at once.
     */
    public boolean claimStep(long number, String step) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(number).and("escalations").ne(step)),
                new Update().addToSet("escalations", step), Ticket.class) != null;
    }

    /** Open jobs: the small working set the ladder and the queues look at. */
    public List<Ticket> open() {
        return mongo.find(Query.query(Criteria.where("status").in(TicketStatus.OPEN)), Ticket.class);
    }

    public List<Ticket> openOrDone() {
        Set<TicketStatus> statuses = new LinkedHashSet<>(TicketStatus.OPEN);
        statuses.add(TicketStatus.DONE);
        return mongo.find(Query.query(Criteria.where("status").in(statuses)), Ticket.class);
    }

    public List<Ticket> reportedBy(long reporterId, Collection<TicketStatus> statuses) {
        return mongo.find(Query.query(Criteria.where("reporterId").is(reporterId).and("status").in(statuses))
                .with(Sort.by("createdAt")), Ticket.class);
    }

    /** The places this person reported from lately, newest first, without repeats. */
    public List<String> recentLocations(long reporterId, int max) {
        List<Ticket> recent = mongo.find(Query.query(Criteria.where("reporterId").is(reporterId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(30), Ticket.class);
        List<String> places = new ArrayList<>();
        for (Ticket t : recent) {
            if (t.location() != null && !places.contains(t.location())) {
                places.add(t.location());
            }
            if (places.size() == max) {
                break;
            }
        }
        return places;
    }

    /** Tickets with any of these timestamps in [from, to). */
    public List<Ticket> touchedBetween(Instant from, Instant to) {
        return mongo.find(Query.query(new Criteria().orOperator(
                Criteria.where("createdAt").gte(from).lt(to),
                Criteria.where("doneAt").gte(from).lt(to),
                Criteria.where("closedAt").gte(from).lt(to),
                Criteria.where("reopenedAt").gte(from).lt(to))), Ticket.class);
    }

    private Optional<Ticket> change(long number, Collection<TicketStatus> from, Update update) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(number).and("status").in(from)), update,
                FindAndModifyOptions.options().returnNew(true), Ticket.class));
    }

    private Optional<Ticket> changeOwned(long number, long technicianId, Collection<TicketStatus> from, Update update) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(number)
                        .and("technicianId").is(technicianId).and("status").in(from)), update,
                FindAndModifyOptions.options().returnNew(true), Ticket.class));
    }

    private Optional<Ticket> changeReported(long number, long reporterId, Collection<TicketStatus> from,
                                            Update update) {
        return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("_id").is(number)
                        .and("reporterId").is(reporterId).and("status").in(from)), update,
                FindAndModifyOptions.options().returnNew(true), Ticket.class));
    }
}
