package com.houqin.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Buttons;
import com.houqin.chat.Incoming;
import com.houqin.chat.Refusals;
import com.houqin.chat.StartPayload;
import com.houqin.i18n.Language;
import com.houqin.people.Person;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * Deep links ({@code /start <payload>}, such as a place's QR code) and, for a newcomer who
 * followed one before they could use it, the button that opens it once they have joined.
 */
@Component
class DeepLinks implements ButtonSet {

    static final String RESUME = "people.resume-link";

    private final List<StartPayload> payloads;
    private final Buttons buttons;
    private final Refusals refusals;

    DeepLinks(List<StartPayload> payloads, Buttons buttons, Refusals refusals) {
        this.payloads = payloads;
        this.buttons = buttons;
        this.refusals = refusals;
    }

    Optional<StartPayload> find(String payload) {
        return payload == null ? Optional.empty()
                : payloads.stream().filter(p -> payload.startsWith(p.prefix())).findFirst();
    }

    /** Opens the link for someone allowed to; otherwise says why not. */
    void open(Incoming in, StartPayload link, String payload) {
        if (link.access().allows(in.person().orElse(null))) {
            link.handle(in, payload.substring(link.prefix().length()));
        } else {
            in.reply(Outgoing.text(refusals.explain(in, link.access())));
        }
    }

    /** The button that opens the link the person came with, if it still leads somewhere. */
    Optional<Button> resumeButton(Person person, Language language) {
        String payload = person.startedFrom();
        return find(payload).flatMap(link -> link.resumeLabel(language, payload.substring(link.prefix().length())))
                .map(label -> buttons.create(label, RESUME, Map.of("payload", payload), person.id()));
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(ButtonAction.of(RESUME, Access.approved(), this::resume));
    }

    private void resume(Incoming in, ButtonRecord button) {
        String payload = button.arg("payload");
        find(payload).ifPresent(link -> open(in, link, payload));
    }
}
