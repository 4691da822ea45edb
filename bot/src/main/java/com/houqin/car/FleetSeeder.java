package com.houqin.car;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Writes the configured first cars and destinations to the store at start, leaving those already
 * there as the admins left them.
 */
@Component
class FleetSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FleetSeeder.class);

    private final Fleet fleet;
    private final CarProperties properties;

    FleetSeeder(Fleet fleet, CarProperties properties) {
        this.fleet = fleet;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    void seed() {
        properties.vehicles().stream().map(FleetSeeder::vehicle).forEach(fleet::seedVehicle);
        properties.destinations().stream().map(FleetSeeder::destination).forEach(fleet::seedDestination);
        log.debug("Cars: {} configured vehicles and {} destinations seeded", properties.vehicles().size(),
                properties.destinations().size());
    }

    /** {@code plate:seats:kind}, e.g. {@code 粤B12345:4:sedan}. */
    static Vehicle vehicle(String spec) {
        String[] parts = spec.split(":", 3);
        try {
            return new Vehicle(parts[0], Integer.parseInt(parts[1].strip()), parts.length > 2 ? parts[2] : "", true);
        } catch (RuntimeException e) {
            throw new IllegalStateException("houqin.car.vehicles: \"" + spec
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
            throw new IllegalStateException("houqin.car.destinations: \"" + spec + "\" is not name:direction", e);
        }
    }
}
