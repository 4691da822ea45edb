package com.houqin.car;

/** Where a request for a car stands. */
public enum BookingStatus {
    /** Waiting for a dispatcher (possibly already pooled with others). */
    PENDING,
    /** A car and a driver are assigned to its trip. */
    APPROVED,
    REJECTED,
    /** Cancelled by the requester. */
    CANCELLED;

    boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
