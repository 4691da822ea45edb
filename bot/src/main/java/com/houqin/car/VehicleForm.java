package com.houqin.car;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;

/** Admin: a car's plate, seats and kind; the same plate again changes that car. */
@Component
class VehicleForm extends FleetAdminForm {

    static final String NAME = "car-vehicle";
    private static final List<String> KINDS = List.of("sedan", "suv", "van", "minibus", "bus", "pickup");
    private static final List<Integer> SEATS = List.of(4, 5, 7, 9, 14, 19);

    private final Fleet fleet;
    private final CarFormats f;

    VehicleForm(Fleet fleet, CarFormats f, FleetAdminSection section) {
        super(NAME, section);
        this.fleet = fleet;
        this.f = f;
    }

    @Override
    public List<Step> steps() {
        return List.of(
                Question.ask("plate").prompt("car.admin.ask-plate").text((in, d, text) -> plate(text)).build(),
                Question.ask("seats").prompt("car.admin.ask-seats").perRow(6)
                        .choices((in, d) -> SEATS.stream().map(s -> new Choice(String.valueOf(s), String.valueOf(s)))
                                .toList())
                        .text((in, d, text) -> seats(text)).build(),
                Question.ask("kind").prompt("car.admin.ask-kind").perRow(3)
                        .choices((in, d) -> KINDS.stream().map(k -> new Choice(f.kind(in.language(), k), k)).toList())
                        .freeText(20).build(),
                new ConfirmStep((in, d) -> in.t("car.admin.confirm-vehicle", Vehicle.normalizePlate(d.get("plate")),
                        Integer.parseInt(d.get("seats")), f.kind(in.language(), d.get("kind")),
                        fleet.vehicle(d.get("plate")).isPresent() ? in.t("car.admin.replaces") : ""),
                        editable("plate", "car.admin.edit-plate", "seats", "car.admin.edit-seats",
                                "kind", "car.admin.edit-kind")));
    }

    private static Parsed plate(String text) {
        Parsed parsed = TextLimits.check(text, 16);
        if (parsed.isOk() && Vehicle.normalizePlate(parsed.value()).length() < 2) {
            return Parsed.error("car.admin.plate-too-short");
        }
        return parsed;
    }

    private static Parsed seats(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,3}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > Vehicle.MAX_SEATS) {
            return Parsed.error("car.admin.seats-number", Vehicle.MAX_SEATS);
        }
        return Parsed.ok(String.valueOf(Integer.parseInt(t)));
    }

    @Override
    public void complete(Incoming in, FormData data) {
        Vehicle saved = fleet.saveVehicle(data.get("plate"), Integer.parseInt(data.get("seats")), data.get("kind"));
        saved(in, "car.admin.vehicle-saved", f.vehicle(in.language(), saved));
    }
}
