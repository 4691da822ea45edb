package com.houqin.repair;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
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

    /** A new job as reported, due as the same-day rule says, its news waiting to go out. */
    static Ticket reported(long number, Person reporter, Tickets.NewTicket n, Instant now, Instant responseDue,
                           Instant due, String requestKey, PendingNotice news) {
        return new Ticket(number, reporter.id(), reporter.displayName(), reporter.department(), n.category(),
                n.location(), n.placeId(), n.description(), n.photos(), n.urgent(), TicketStatus.NEW, null, null, now,
                responseDue, due, null, null, null, null, null, 1, null, null, List.of(), null, null, null, null, null,
                requestKey, List.of(), List.of(news));
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
