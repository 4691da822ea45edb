package com.houqin.repair;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.Person;

/**
 * A repair job. Its number is what people say on the phone ("R-1042"). Changed only through
 * {@link Tickets}, each change one atomic update with the expected status in the filter, which
 * also writes the notices the change causes ({@code notices}, until relayed) and the update that
 * made it ({@code changedBy}), so handling that update again cannot make the change twice.
 * {@code requestKey} names the report that created it: one report, one ticket.
 */
// the open jobs: /tickets, the escalation sweep, the summary
@CompoundIndex(name = "status", def = "{'status': 1}")
// a reporter's requests (/my) and recent places
@CompoundIndex(name = "reporter", def = "{'reporterId': 1, 'createdAt': -1}")
// the summary's and reports' period: reported
@CompoundIndex(name = "created", def = "{'createdAt': 1}")
// the period: fixed
@CompoundIndex(name = "done", def = "{'doneAt': 1}")
// the period: closed
@CompoundIndex(name = "closed", def = "{'closedAt': 1}")
// the period: reopened
@CompoundIndex(name = "reopened", def = "{'reopenedAt': 1}")
// the report's period: promises made
@CompoundIndex(name = "promised", def = "{'promise.madeAt': 1}", sparse = true)
// the relay sweeps documents whose notices are still waiting
@CompoundIndex(name = "notices_waiting", def = "{'notices.0': 1}", sparse = true)
@Document("repair_tickets")
public record Ticket(
        @Id long number,
        long reporterId,
        String reporterName,
        String department,
        RepairCategory category,
        String location,
        String placeId,
        String description,
        List<String> photos,
        boolean urgent,
        TicketStatus status,
        Long technicianId,
        String technicianName,
        Instant createdAt,
        Instant responseDueAt,
        Instant dueAt,
        Instant acceptedAt,
        Instant startedAt,
        Instant doneAt,
        Instant closedAt,
        Instant cancelledAt,
        int round,
        Promise promise,
        Waiting waiting,
        List<String> escalations,
        String resultPhoto,
        Integer rating,
        String ratingComment,
        String reopenReason,
        Instant reopenedAt,
        @Indexed(unique = true, sparse = true) String requestKey,
        List<Integer> changedBy,
        List<PendingNotice> notices) implements CarriesNotices {

    public Ticket {
        photos = photos == null ? List.of() : List.copyOf(photos);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        changedBy = changedBy == null ? List.of() : List.copyOf(changedBy);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    static Builder builder(long number) {
        return new Builder(number);
    }

    /** A ticket by named fields; a field not named starts empty, as on a new job (status NEW, round 1). */
    static final class Builder {
        private final long number;
        private long reporterId;
        private String reporterName;
        private String department;
        private RepairCategory category;
        private String location;
        private String placeId;
        private String description;
        private List<String> photos;
        private boolean urgent;
        private Instant createdAt;
        private Instant responseDueAt;
        private Instant dueAt;
        private String requestKey;
        private List<PendingNotice> notices;
        // what later changes fill in
        private final TicketStatus status = TicketStatus.NEW;
        private final int round = 1;
        private Long technicianId;
        private String technicianName;
        private Instant acceptedAt;
        private Instant startedAt;
        private Instant doneAt;
        private Instant closedAt;
        private Instant cancelledAt;
        private Promise promise;
        private Waiting waiting;
        private List<String> escalations;
        private String resultPhoto;
        private Integer rating;
        private String ratingComment;
        private String reopenReason;
        private Instant reopenedAt;
        private List<Integer> changedBy;

        private Builder(long number) {
            this.number = number;
        }

        Builder reporter(Person reporter) {
            this.reporterId = reporter.id();
            this.reporterName = reporter.displayName();
            this.department = reporter.department();
            return this;
        }

        Builder report(Tickets.NewTicket n) {
            this.category = n.category();
            this.location = n.location();
            this.placeId = n.placeId();
            this.description = n.description();
            this.photos = n.photos();
            this.urgent = n.urgent();
            return this;
        }

        /** Reported at {@code createdAt}, to be answered by {@code responseDueAt} and fixed by {@code dueAt}. */
        Builder times(Instant createdAt, Instant responseDueAt, Instant dueAt) {
            this.createdAt = createdAt;
            this.responseDueAt = responseDueAt;
            this.dueAt = dueAt;
            return this;
        }

        Builder requestKey(String requestKey) {
            this.requestKey = requestKey;
            return this;
        }

        Builder notice(PendingNotice notice) {
            this.notices = List.of(notice);
            return this;
        }

        Ticket build() {
            return new Ticket(number, reporterId, reporterName, department, category, location, placeId, description,
                    photos, urgent, status, technicianId, technicianName, createdAt, responseDueAt, dueAt, acceptedAt,
                    startedAt, doneAt, closedAt, cancelledAt, round, promise, waiting, escalations, resultPhoto,
                    rating, ratingComment, reopenReason, reopenedAt, requestKey, changedBy, notices);
        }
    }

    /** The technician's promise when the job cannot be finished the same day. */
    public record Promise(String reason, Instant promisedAt, Instant madeAt, int round, int seq) {
    }

    /** Why the job is paused, since when. */
    public record Waiting(String reason, Instant since) {
    }

    public String code() {
        return code(number);
    }

    public static String code(long number) {
        return "R-" + number;
    }

    public boolean isOpen() {
        return TicketStatus.OPEN.contains(status);
    }

    /** The promise made in the current round, if any. */
    public Promise currentPromise() {
        return promise != null && promise.round() == round ? promise : null;
    }

    public boolean isOwnedBy(long personId) {
        return technicianId != null && technicianId == personId;
    }
}
