package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The configured first cars and destinations are read, or refused with a clear message. */
class FleetSeederTest {

    @Test
    void readsCarsAndDestinations() {
        assertThat(FleetSeeder.vehicle(" 粤B 12345 : 7 : van")).isEqualTo(new Vehicle("粤B 12345", 7, "van", true));
        assertThat(FleetSeeder.destination("Airport:North").direction()).isEqualTo("north");
        assertThat(FleetSeeder.destination("Bank of China").direction()).isNull();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> FleetSeeder.vehicle("CAR-1:four:sedan")).hasMessageContaining("houqin.car.vehicles")
                .hasMessageContaining("CAR-1:four:sedan");
        assertThatThrownBy(() -> FleetSeeder.vehicle("CAR-1:0:sedan")).hasMessageContaining("1..60 seats");
        assertThatThrownBy(() -> FleetSeeder.destination(":north")).hasMessageContaining("houqin.car.destinations");
    }
}
