package com.houqin.repair;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.StartPayload;
import com.houqin.chat.form.FormEngine;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;

/** A place's QR code ({@code /start loc_<id>}): a repair report with the place filled in. */
@Component
class PlaceDeepLink implements StartPayload {

    static final String PREFIX = "loc_";

    private final Places places;
    private final FormEngine forms;
    private final Texts texts;

    PlaceDeepLink(Places places, FormEngine forms, Texts texts) {
        this.places = places;
        this.forms = forms;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public Optional<String> resumeLabel(Language language, String placeId) {
        return places.find(placeId).map(place -> texts.get(language, "repair.place.report-here", place.label()));
    }

    @Override
    public void handle(Incoming in, String placeId) {
        places.find(placeId).ifPresentOrElse(
                place -> forms.start(in, PlaceRepairForm.NAME,
                        Map.of(RepairSteps.LOCATION, place.label(), RepairSteps.PLACE, place.id())),
                () -> {
                    in.say("repair.place-unknown");
                    forms.start(in, RepairForm.NAME, Map.of());
                });
    }
}
