package com.houqin.repair;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.PhotoStep;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;

/** The questions of a repair report, shared by the two ways into it (/repair and a place's QR code). */
@Component
class RepairSteps {

    static final String CATEGORY = "category";
    static final String LOCATION = "location";
    static final String PLACE = "placeId";
    static final String DESCRIPTION = "description";
    static final String PHOTOS = "photos";
    static final String URGENCY = "urgency";
    static final String URGENT = "urgent";
    static final String ROUTINE = "routine";
    static final int MAX_LOCATION = 200;
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_PHOTOS = 5;

    private final TicketQueries tickets;

    RepairSteps(TicketQueries tickets) {
        this.tickets = tickets;
    }

    Step category() {
        return Question.ask(CATEGORY).prompt("repair.ask.category").perRow(2)
                .choices((in, d) -> Arrays.stream(RepairCategory.values())
                        .map(c -> new Choice(c.icon() + " " + in.t(c.textKey()), c.name())).toList())
                .build();
    }

    Step location() {
        return Question.ask(LOCATION).prompt("repair.ask.location").perRow(1)
                .choices((in, d) -> tickets.recentLocations(in.userId(), 4).stream()
                        .map(l -> new Choice("📍 " + TicketCards.shorten(l, 40), l)).toList())
                .freeText(MAX_LOCATION).build();
    }

    Step description() {
        return Question.ask(DESCRIPTION).prompt((in, d) -> d.has(PLACE)
                        ? in.t("repair.ask.description-at", d.get(LOCATION)) : in.t("repair.ask.description"))
                .freeText(MAX_DESCRIPTION).photosInto(PHOTOS).build();
    }

    Step photos() {
        return new PhotoStep(PHOTOS, "repair.ask.photos", MAX_PHOTOS, true);
    }

    Step urgency() {
        return Question.ask(URGENCY).prompt("repair.ask.urgency").perRow(2)
                .choices((in, d) -> List.of(new Choice(in.t("repair.urgency.urgent"), URGENT),
                        new Choice(in.t("repair.urgency.routine"), ROUTINE)))
                .build();
    }

    Step confirm() {
        Map<String, String> editable = new LinkedHashMap<>();
        editable.put(CATEGORY, "repair.field.category");
        editable.put(LOCATION, "repair.field.location");
        editable.put(DESCRIPTION, "repair.field.description");
        editable.put(URGENCY, "repair.field.urgency");
        return new ConfirmStep(RepairSteps::summary, editable);
    }

    static String summary(Incoming in, FormData d) {
        RepairCategory category = RepairCategory.parse(d.get(CATEGORY));
        return in.t("repair.confirm", category == null ? "—" : category.icon() + " " + in.t(category.textKey()),
                d.get(LOCATION, "—"), d.get(DESCRIPTION, "—"), d.getList(PHOTOS).size(),
                in.t(URGENT.equals(d.get(URGENCY)) ? "repair.urgency.urgent" : "repair.urgency.routine"));
    }
}
