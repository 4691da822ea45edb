package com.houqin.car;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.admin.AdminSection;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * Admin: the cars and destinations, each turned off or on with a tap, and forms to add one or
 * change one (the same plate or name again). Cars are never deleted: past trips name them. The
 * buttons are {@link FleetAdminActions}.
 */
@Component
class FleetAdminSection implements AdminSection {

    static final String TOGGLE_VEHICLE = "car.admin.vehicle";
    static final String TOGGLE_DESTINATION = "car.admin.destination";
    static final String ADD_VEHICLE = "car.admin.add-vehicle";
    static final String ADD_DESTINATION = "car.admin.add-destination";

    private final Fleet fleet;
    private final CarFormats f;

    FleetAdminSection(Fleet fleet, CarFormats f) {
        this.fleet = fleet;
        this.f = f;
    }

    @Override
    public String id() {
        return "cars";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String label(Incoming in) {
        return in.t("car.admin.label");
    }

    @Override
    public void open(Incoming in) {
        in.reply(view(in));
    }

    Outgoing view(Incoming in) {
        StringBuilder text = new StringBuilder(in.t("car.admin.title"));
        text.append("\n\n").append(in.t("car.admin.vehicles"));
        List<Button> toggles = new ArrayList<>();
        List<Vehicle> vehicles = fleet.vehicles();
        if (vehicles.isEmpty()) {
            text.append('\n').append(in.t("car.admin.none"));
        }
        for (Vehicle v : vehicles) {
            text.append('\n').append(v.active() ? "✅ " : "⛔ ").append(f.vehicle(in.language(), v));
            toggles.add(in.button(in.t(v.active() ? "car.admin.turn-off" : "car.admin.turn-on", v.plate()),
                    TOGGLE_VEHICLE, "plate", v.plate()));
        }
        text.append("\n\n").append(in.t("car.admin.destinations"));
        List<Destination> destinations = fleet.destinations();
        if (destinations.isEmpty()) {
            text.append('\n').append(in.t("car.admin.none"));
        }
        for (Destination d : destinations) {
            text.append('\n').append(d.active() ? "✅ " : "⛔ ").append(in.t("car.admin.destination", d.name(),
                    d.direction() == null ? "—" : d.direction(), d.uses()));
            toggles.add(in.button(in.t(d.active() ? "car.admin.turn-off" : "car.admin.turn-on", d.name()),
                    TOGGLE_DESTINATION, "id", d.id()));
        }
        return Outgoing.builder(text.toString()).grid(toggles, 2)
                .row(in.button(in.t("car.admin.add-vehicle"), ADD_VEHICLE),
                        in.button(in.t("car.admin.add-destination"), ADD_DESTINATION))
                .build();
    }
}
