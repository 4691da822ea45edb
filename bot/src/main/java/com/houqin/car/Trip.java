package com.houqin.car;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One car going out: when it leaves and is back, and once assigned, which car and driver. Its
 * bookings are those whose {@code tripNo} is this trip's number. {@code reminded} holds the
 * reminder leads already sent, so each is sent once.
 */
public record Trip(
        int no,
        Instant departure,
        Instant returnBy,
        TripStatus status,
        String plate,
        Long driverId,
        String driverName,
        String decidedBy,
        Integer mergedInto,
        List<String> reminded,
        Integer odometer,
        Instant doneAt) {

    public Trip {
        reminded = reminded == null ? List.of() : List.copyOf(reminded);
    }

    static Trip waitingFor(Booking b) {
        return new Trip(b.no(), b.departure(), b.returnBy(), TripStatus.WAITING, null, null, null, null, null,
                List.of(), null, null);
    }

    /** The car is out (and cannot take another trip) from departure until it is back. */
    boolean overlaps(Instant from, Instant to) {
        return departure.isBefore(to) && returnBy.isAfter(from);
    }

    Trip withTimes(Instant newDeparture, Instant newReturnBy) {
        return new Trip(no, newDeparture, newReturnBy, status, plate, driverId, driverName, decidedBy, mergedInto,
                reminded, odometer, doneAt);
    }

    /**
     * New times for a trip: the reminders whose moment before the new departure is still to come
     * are sent again then, the news of the new time standing in for those already due.
     */
    Trip retimed(Instant newDeparture, Instant newReturnBy, Instant now) {
        List<String> due = reminded.stream().filter(l -> !now.isBefore(newDeparture.minus(Duration.parse(l)))).toList();
        return new Trip(no, newDeparture, newReturnBy, status, plate, driverId, driverName, decidedBy, mergedInto,
                due, odometer, doneAt);
    }

    Trip withStatus(TripStatus newStatus) {
        return new Trip(no, departure, returnBy, newStatus, plate, driverId, driverName, decidedBy, mergedInto,
                reminded, odometer, doneAt);
    }

    Trip assigned(String newPlate, long newDriverId, String newDriverName, String by) {
        return new Trip(no, departure, returnBy, TripStatus.ASSIGNED, newPlate, newDriverId, newDriverName, by,
                mergedInto, reminded, odometer, doneAt);
    }

    Trip mergedInto(int other, String by) {
        return new Trip(no, departure, returnBy, TripStatus.MERGED, plate, driverId, driverName, by, other, reminded,
                odometer, doneAt);
    }

    Trip remindedOf(List<String> leads) {
        List<String> all = new ArrayList<>(reminded);
        leads.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return new Trip(no, departure, returnBy, status, plate, driverId, driverName, decidedBy, mergedInto, all,
                odometer, doneAt);
    }

    Trip done(Instant at) {
        return new Trip(no, departure, returnBy, TripStatus.DONE, plate, driverId, driverName, decidedBy, mergedInto,
                reminded, odometer, at);
    }

    Trip withOdometer(Integer reading) {
        return new Trip(no, departure, returnBy, status, plate, driverId, driverName, decidedBy, mergedInto, reminded,
                reading, doneAt);
    }
}
