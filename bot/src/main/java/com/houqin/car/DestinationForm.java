package com.houqin.car;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;

/**
 * Admin: a frequent destination and its direction (trips the same direction may share a car);
 * the same name again changes that destination.
 */
@Component
class DestinationForm extends FleetAdminForm {

    static final String NAME = "car-destination";
    private static final String NO_DIRECTION = "-";

    private final Fleet fleet;

    DestinationForm(Fleet fleet, FleetAdminSection section) {
        super(NAME, section);
        this.fleet = fleet;
    }

    @Override
    public List<Step> steps() {
        return List.of(
                Question.ask("name").prompt("car.admin.ask-destination").freeText(40).build(),
                Question.ask("direction").prompt("car.admin.ask-direction").perRow(3)
                        .choices(this::directions).freeText(20).build(),
                new ConfirmStep((in, d) -> in.t("car.admin.confirm-destination", d.get("name"),
                        direction(d) == null ? "—" : direction(d),
                        fleet.destinationNamed(d.get("name")).isPresent() ? in.t("car.admin.replaces") : ""),
                        editable("name", "car.admin.edit-name", "direction", "car.admin.edit-direction")));
    }

    private List<Choice> directions(Incoming in, FormData data) {
        List<Choice> choices = new ArrayList<>();
        fleet.directions().forEach(d -> choices.add(new Choice(d, d)));
        choices.add(new Choice(in.t("car.admin.no-direction"), NO_DIRECTION));
        return choices;
    }

    private static String direction(FormData data) {
        String d = data.get("direction");
        return d == null || NO_DIRECTION.equals(d) ? null : d.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void complete(Incoming in, FormData data) {
        Destination saved = fleet.saveDestination(data.get("name"), direction(data));
        saved(in, "car.admin.destination-saved", saved.name(), saved.direction() == null ? "—" : saved.direction());
    }
}
