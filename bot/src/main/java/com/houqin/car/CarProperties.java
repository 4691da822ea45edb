package com.houqin.car;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.car.*}. Vehicles ({@code plate:seats:kind}) and destinations
 * ({@code name:direction}) are the first values only: they are written to the store once and
 * admins manage them in /admin from then on.
 */
@ConfigurationProperties("houqin.car")
public record CarProperties(
        @DefaultValue({"CAR-1:4:sedan", "CAR-2:4:sedan", "VAN-1:7:van"}) List<String> vehicles,
        @DefaultValue({"City hall:centre", "Railway station:east", "Airport:north", "North hospital:north",
                "Industrial park:south"}) List<String> destinations,
        @DefaultValue("60m") Duration poolingWindow,
        @DefaultValue({"60m", "15m"}) List<Duration> reminderLeads,
        @DefaultValue("12:00") LocalTime halfDayBoundary,
        @DefaultValue("1m") Duration reminderSweep,
        @DefaultValue("60") int bookAheadDays) {

    public CarProperties {
        if (poolingWindow.isNegative()) {
            throw new IllegalArgumentException("houqin.car.pooling-window must not be negative");
        }
        if (reminderLeads.stream().anyMatch(d -> d.isNegative() || d.isZero() || d.toHours() > 24)) {
            throw new IllegalArgumentException("houqin.car.reminder-leads must be between 1s and 24h");
        }
        if (bookAheadDays < 1) {
            throw new IllegalArgumentException("houqin.car.book-ahead-days must be at least 1");
        }
        // read them now, so a malformed one stops the start with the setting's name
        vehicles.forEach(CarProperties::vehicle);
        destinations.forEach(CarProperties::destination);
    }

    List<Vehicle> firstVehicles() {
        return vehicles.stream().map(CarProperties::vehicle).toList();
    }

    List<Destination> firstDestinations() {
        return destinations.stream().map(CarProperties::destination).toList();
    }

    /** {@code plate:seats:kind}, e.g. {@code 粤B12345:4:sedan}. */
    static Vehicle vehicle(String spec) {
        String[] parts = spec.split(":", 3);
        try {
            return new Vehicle(parts[0], Integer.parseInt(parts[1].strip()), parts.length > 2 ? parts[2] : "", true);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("houqin.car.vehicles: \"" + spec
                    + "\" is not plate:seats:kind with 1.." + Vehicle.MAX_SEATS + " seats", e);
        }
    }

    /** {@code name:direction}, e.g. {@code Airport:north}; the direction may be left out. */
    static Destination destination(String spec) {
        int colon = spec.lastIndexOf(':');
        String name = colon < 0 ? spec : spec.substring(0, colon);
        String direction = colon < 0 ? null : spec.substring(colon + 1);
        try {
            return new Destination(null, name, direction, true, 0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("houqin.car.destinations: \"" + spec + "\" is not name:direction", e);
        }
    }
}
