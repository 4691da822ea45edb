package com.houqin.car;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.houqin.system.SettingsCheck;

/** The car settings: defaults, the configured first cars and destinations, and malformed values. */
class CarPropertiesTest {

    @Test
    void readsCarsAndDestinations() {
        assertThat(CarProperties.vehicle(" 粤B 12345 : 7 : van")).isEqualTo(new Vehicle("粤B 12345", 7, "van", true));
        assertThat(CarProperties.destination("Airport:North").direction()).isEqualTo("north");
        assertThat(CarProperties.destination("Bank of China").direction()).isNull();
    }

    @Test
    void theDefaultsGiveAFleetToStartWith() {
        CarProperties defaults = bind(Map.of());
        assertThat(defaults.firstVehicles()).extracting(Vehicle::plate).containsExactly("CAR-1", "CAR-2", "VAN-1");
        assertThat(defaults.firstDestinations()).extracting(Destination::direction).contains("north", "east");
        assertThat(defaults.reminderLeads()).hasSize(2);
    }

    @Test
    void aMalformedCarStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> CarProperties.vehicle("CAR-1:four:sedan")).hasMessageContaining("CAR-1:four:sedan");
        assertThatThrownBy(() -> CarProperties.vehicle("CAR-1:0:sedan")).hasMessageContaining("1..60 seats");
        assertThatThrownBy(() -> CarProperties.destination(":north")).hasMessageContaining("houqin.car.destinations");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> bind(Map.of("houqin.car.vehicles", "CAR-1:four:sedan")));
        assertThat(failure).isInstanceOf(BindException.class);
        assertThat(SettingsCheck.describeBindingFailure(failure)).contains("houqin.car");
    }

    private static CarProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("houqin.car", CarProperties.class);
    }
}
