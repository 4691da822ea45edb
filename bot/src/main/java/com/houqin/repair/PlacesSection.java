package com.houqin.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.admin.AdminForm;
import com.houqin.admin.AdminSection;
import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.Role;
import com.houqin.telegram.BotApi;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** Admin: places and their printable QR codes. */
@Component
class PlacesSection implements AdminSection, ButtonSet {

    static final String ADD = "repair.place.add";
    static final String QR = "repair.place.qr";
    private static final int SHOWN = 30;

    private final Places places;
    private final QrPictures pictures;
    private final FormEngine forms;

    PlacesSection(Places places, QrPictures pictures, FormEngine forms) {
        this.places = places;
        this.pictures = pictures;
        this.forms = forms;
    }

    @Override
    public List<ButtonAction> buttons() {
        Access admins = Access.roles(Role.ADMIN);
        return List.of(ButtonAction.of(QR, admins, this::sendQr), ButtonAction.of(ADD, admins, this::add));
    }

    @Override
    public String id() {
        return "places";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String label(Incoming in) {
        return in.t("repair.admin.places");
    }

    @Override
    public void open(Incoming in) {
        List<Place> all = places.all();
        List<Button> buttons = new ArrayList<>();
        for (Place p : all.stream().limit(SHOWN).toList()) {
            buttons.add(in.button("📍 " + TicketCards.shorten(p.label(), 40), QR, "place", p.id()));
        }
        String text = all.isEmpty() ? in.t("repair.admin.places-none") : in.t("repair.admin.places-list", all.size());
        in.reply(Outgoing.builder(text).grid(buttons, 1).row(in.button(in.t("repair.admin.place-add"), ADD)).build());
    }

    /** Sends a place's QR code as a picture to print. */
    private void sendQr(Incoming in, ButtonRecord button) {
        Optional<Place> place = places.find(button.arg("place"));
        if (place.isEmpty()) {
            in.say("repair.place-unknown");
            return;
        }
        in.answerButton(null);
        pictures.send(in, place.get());
    }

    private void add(Incoming in, ButtonRecord button) {
        in.answerButton(null);
        forms.start(in, PlaceForm.NAME, Map.of());
    }

    /** A new place: building, floor, room; then its QR code. */
    @Component
    static class PlaceForm extends AdminForm {
        static final String NAME = "place-new";
        private final Places places;
        private final QrPictures pictures;

        PlaceForm(Places places, QrPictures pictures) {
            super(NAME);
            this.places = places;
            this.pictures = pictures;
        }

        @Override
        public List<Step> steps() {
            return List.of(
                    Question.ask("building").prompt("repair.admin.ask-building").freeText(60).build(),
                    Question.ask("floor").prompt("repair.admin.ask-floor").freeText(20).build(),
                    Question.ask("room").prompt("repair.admin.ask-room").freeText(60).build());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            Place place = places.create(data.get("building"), data.get("floor"), data.get("room"), in.userId());
            pictures.send(in, place);
        }
    }

    /** The QR picture with its caption. */
    @Component
    static class QrPictures {
        private final QrCodes codes;
        private final BotApi api;

        QrPictures(QrCodes codes, BotApi api) {
            this.codes = codes;
            this.api = api;
        }

        void send(Incoming in, Place place) {
            String bot = api.username();
            if (bot == null) {
                in.say("repair.admin.qr-unavailable");
                return;
            }
            String link = QrCodes.placeLink(bot, place.id());
            in.reply(Outgoing.builder(in.t("repair.admin.qr-caption", place.label(), link))
                    .upload("houqin-" + place.id() + ".png", codes.png(link)).build());
        }
    }
}
