package com.houqin.car;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.admin.AdminSection;
import com.houqin.chat.Access;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * Admin: the cars and destinations, each turned off or on with a tap, and forms to add one or
 * change one (the same plate or name again). Cars are never deleted: past trips name them.
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

    abstract static class AdminAction extends CarAction {
        @Override
        public Access access() {
            return Access.roles(Role.ADMIN);
        }
    }

    @Component
    static class ToggleVehicle extends AdminAction {
        private final Fleet fleet;
        private final FleetAdminSection section;

        ToggleVehicle(Fleet fleet, FleetAdminSection section) {
            this.fleet = fleet;
            this.section = section;
        }

        @Override
        public String name() {
            return TOGGLE_VEHICLE;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            Vehicle v = fleet.vehicle(button.arg("plate")).orElseThrow(() -> new Refusal("chat.button-unknown"));
            Vehicle changed = fleet.setVehicleActive(v.plate(), !v.active()).orElse(v);
            in.answerButton(in.t(changed.active() ? "car.admin.turned-on" : "car.admin.turned-off", changed.plate()));
            in.editButtonMessage(section.view(in));
        }
    }

    @Component
    static class ToggleDestination extends AdminAction {
        private final Fleet fleet;
        private final FleetAdminSection section;

        ToggleDestination(Fleet fleet, FleetAdminSection section) {
            this.fleet = fleet;
            this.section = section;
        }

        @Override
        public String name() {
            return TOGGLE_DESTINATION;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            Destination d = fleet.destination(button.arg("id")).orElseThrow(() -> new Refusal("chat.button-unknown"));
            Destination changed = fleet.setDestinationActive(d.id(), !d.active()).orElse(d);
            in.answerButton(in.t(changed.active() ? "car.admin.turned-on" : "car.admin.turned-off", changed.name()));
            in.editButtonMessage(section.view(in));
        }
    }

    @Component
    static class AddVehicle extends AdminAction {
        private final FormEngine forms;

        AddVehicle(FormEngine forms) {
            this.forms = forms;
        }

        @Override
        public String name() {
            return ADD_VEHICLE;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            in.answerButton(null);
            forms.start(in, VehicleForm.NAME, Map.of());
        }
    }

    @Component
    static class AddDestination extends AdminAction {
        private final FormEngine forms;

        AddDestination(FormEngine forms) {
            this.forms = forms;
        }

        @Override
        public String name() {
            return ADD_DESTINATION;
        }

        @Override
        void act(Incoming in, ButtonRecord button) {
            in.answerButton(null);
            forms.start(in, DestinationForm.NAME, Map.of());
        }
    }
}
