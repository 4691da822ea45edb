package com.houqin.repair;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A repair job. Its number is what people say on the phone ("R-1042"). Changed only through
 * {@link Tickets}, each change one atomic update with the expected status in the filter.
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
        Instant reopenedAt) {

    public Ticket {
        photos = photos == null ? List.of() : List.copyOf(photos);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
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
