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
        properties.firstVehicles().forEach(fleet::seedVehicle);
        properties.firstDestinations().forEach(fleet::seedDestination);
        log.debug("Cars: {} configured vehicles and {} destinations seeded", properties.vehicles().size(),
                properties.destinations().size());
    }
}
