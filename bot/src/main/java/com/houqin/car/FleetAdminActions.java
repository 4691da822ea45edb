package com.houqin.car;

import static com.houqin.car.CarButtons.carButton;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Role;

/**
 * The buttons of the admin's fleet view ({@link FleetAdminSection}): a car or destination turned
 * off or on, and the forms to add one. Admins only. (Apart from the view, since its forms need it.)
 */
@Component
class FleetAdminActions implements ButtonSet {

    private final Fleet fleet;
    private final FleetAdminSection section;
    private final FormEngine forms;

    FleetAdminActions(Fleet fleet, FleetAdminSection section, FormEngine forms) {
        this.fleet = fleet;
        this.section = section;
        this.forms = forms;
    }

    @Override
    public List<ButtonAction> buttons() {
        Access admins = Access.roles(Role.ADMIN);
        return List.of(
                carButton(FleetAdminSection.TOGGLE_VEHICLE, admins, this::toggleVehicle),
                carButton(FleetAdminSection.TOGGLE_DESTINATION, admins, this::toggleDestination),
                carButton(FleetAdminSection.ADD_VEHICLE, admins, (in, b) -> startForm(in, VehicleForm.NAME)),
                carButton(FleetAdminSection.ADD_DESTINATION, admins, (in, b) -> startForm(in, DestinationForm.NAME)));
    }

    private void toggleVehicle(Incoming in, ButtonRecord button) {
        Vehicle v = fleet.vehicle(button.arg("plate")).orElseThrow(() -> new Refusal("chat.button-unknown"));
        Vehicle changed = fleet.setVehicleActive(v.plate(), !v.active()).orElse(v);
        toggled(in, changed.active(), changed.plate());
    }

    private void toggleDestination(Incoming in, ButtonRecord button) {
        Destination d = fleet.destination(button.arg("id")).orElseThrow(() -> new Refusal("chat.button-unknown"));
        Destination changed = fleet.setDestinationActive(d.id(), !d.active()).orElse(d);
        toggled(in, changed.active(), changed.name());
    }

    private void toggled(Incoming in, boolean active, String what) {
        in.answerButton(in.t(active ? "car.admin.turned-on" : "car.admin.turned-off", what));
        in.editButtonMessage(section.view(in));
    }

    private void startForm(Incoming in, String form) {
        in.answerButton(null);
        forms.start(in, form, Map.of());
    }
}
