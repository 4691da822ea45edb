package com.houqin.car;

import java.time.Instant;

/**
 * One person's request for a car: when, where, how many people. {@code tripNo} names the trip
 * that carries it (at first its own, numbered like the booking). {@code reason} is a decline's
 * reason: a bundle key's suffix when chosen from the buttons, or the dispatcher's own words.
 * {@code requestKey} names the filled-in form it came from: one form, one booking.
 */
public record Booking(
        int no,
        long requesterId,
        String requesterName,
        String department,
        Instant departure,
        Instant returnBy,
        String destination,
        String direction,
        int passengers,
        String purpose,
        BookingStatus status,
        int tripNo,
        String reason,
        String decidedBy,
        Instant createdAt,
        String requestKey) {

    public Booking {
        if (!returnBy.isAfter(departure)) {
            throw new IllegalArgumentException("booking " + no + " returns before it leaves");
        }
        if (passengers < 1) {
            throw new IllegalArgumentException("booking " + no + " has no passengers");
        }
    }

    boolean isActive() {
        return status.isActive();
    }

    Booking withStatus(BookingStatus newStatus, String newReason, String by) {
        return new Booking(no, requesterId, requesterName, department, departure, returnBy, destination, direction,
                passengers, purpose, newStatus, tripNo, newReason, by, createdAt, requestKey);
    }

    Booking inTrip(int newTripNo) {
        return new Booking(no, requesterId, requesterName, department, departure, returnBy, destination, direction,
                passengers, purpose, status, newTripNo, reason, decidedBy, createdAt, requestKey);
    }
}
