package com.houqin.car;

/** Where a trip (one car going out with one or more bookings) stands. */
public enum TripStatus {
    /** Waiting for a car and a driver. */
    WAITING,
    ASSIGNED,
    DONE,
    /** Every booking in it was cancelled or declined. */
    CANCELLED,
    /** Pooled into another trip, which now carries its bookings. */
    MERGED;

    /** A trip that still goes out (or may). */
    boolean isOpen() {
        return this == WAITING || this == ASSIGNED;
    }
}
