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
        return new Builder(b.no()).times(b.departure(), b.returnBy()).status(TripStatus.WAITING).build();
    }

    /** The car is out (and cannot take another trip) from departure until it is back. */
    boolean overlaps(Instant from, Instant to) {
        return departure.isBefore(to) && returnBy.isAfter(from);
    }

    Trip withTimes(Instant newDeparture, Instant newReturnBy) {
        return change().times(newDeparture, newReturnBy).build();
    }

    /**
     * New times for a trip: the reminders whose moment before the new departure is still to come
     * are sent again then, the news of the new time standing in for those already due.
     */
    Trip retimed(Instant newDeparture, Instant newReturnBy, Instant now) {
        List<String> due = reminded.stream().filter(l -> !now.isBefore(newDeparture.minus(Duration.parse(l)))).toList();
        return change().times(newDeparture, newReturnBy).reminded(due).build();
    }

    Trip withStatus(TripStatus newStatus) {
        return change().status(newStatus).build();
    }

    Trip assigned(String newPlate, long newDriverId, String newDriverName, String by) {
        return change().status(TripStatus.ASSIGNED).plate(newPlate).driver(newDriverId, newDriverName).decidedBy(by)
                .build();
    }

    Trip mergedInto(int other, String by) {
        return change().status(TripStatus.MERGED).decidedBy(by).mergedInto(other).build();
    }

    Trip remindedOf(List<String> leads) {
        List<String> all = new ArrayList<>(reminded);
        leads.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return change().reminded(all).build();
    }

    Trip done(Instant at) {
        return change().status(TripStatus.DONE).doneAt(at).build();
    }

    Trip withOdometer(Integer reading) {
        return change().odometer(reading).build();
    }

    /** A copy of this trip to change a few fields of. */
    private Builder change() {
        return new Builder(no).times(departure, returnBy).status(status).plate(plate).driver(driverId, driverName)
                .decidedBy(decidedBy).mergedInto(mergedInto).reminded(reminded).odometer(odometer).doneAt(doneAt);
    }

    /** A trip by named fields; what is not set is null (no reminders sent). */
    static final class Builder {
        private final int no;
        private Instant departure;
        private Instant returnBy;
        private TripStatus status;
        private String plate;
        private Long driverId;
        private String driverName;
        private String decidedBy;
        private Integer mergedInto;
        private List<String> reminded = List.of();
        private Integer odometer;
        private Instant doneAt;

        Builder(int no) {
            this.no = no;
        }

        Builder times(Instant departure, Instant returnBy) {
            this.departure = departure;
            this.returnBy = returnBy;
            return this;
        }

        Builder status(TripStatus status) {
            this.status = status;
            return this;
        }

        Builder plate(String plate) {
            this.plate = plate;
            return this;
        }

        Builder driver(Long driverId, String driverName) {
            this.driverId = driverId;
            this.driverName = driverName;
            return this;
        }

        Builder decidedBy(String decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        Builder mergedInto(Integer mergedInto) {
            this.mergedInto = mergedInto;
            return this;
        }

        Builder reminded(List<String> reminded) {
            this.reminded = reminded;
            return this;
        }

        Builder odometer(Integer odometer) {
            this.odometer = odometer;
            return this;
        }

        Builder doneAt(Instant doneAt) {
            this.doneAt = doneAt;
            return this;
        }

        Trip build() {
            return new Trip(no, departure, returnBy, status, plate, driverId, driverName, decidedBy, mergedInto,
                    reminded, odometer, doneAt);
        }
    }
}
