package com.houqin.onboarding;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.StartPayload;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Invite;
import com.houqin.people.Invites;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;

/**
 * /start: registers a newcomer (or lets them in at once with an invite code), welcomes back
 * those already known, and opens deep links such as a place's QR code.
 */
@Component
class StartCommand implements Command {

    private final People people;
    private final Invites invites;
    private final FormEngine forms;
    private final DeepLinks deepLinks;

    StartCommand(People people, Invites invites, FormEngine forms, DeepLinks deepLinks) {
        this.people = people;
        this.invites = invites;
        this.forms = forms;
        this.deepLinks = deepLinks;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void handle(Incoming in, String args) {
        Optional<Person> person = in.person();
        String payload = args.isBlank() ? null : args.split("\\s+")[0];
        Optional<StartPayload> link = deepLinks.find(payload);
        if (link.isPresent()) {
            boolean allowed = link.get().access().allows(person.orElse(null));
            if (allowed || person.isPresent() && person.get().status() != PersonStatus.REJECTED) {
                deepLinks.open(in, link.get(), payload);
                return;
            }
            // a newcomer (or someone applying again) who scanned a code: join first, keep where they came from
            in.say(person.isEmpty() ? "join.welcome" : "join.apply-again");
            in.say("join.link-kept");
            forms.start(in, JoinForm.NAME, Map.of(JoinForm.STARTED_FROM, payload));
            return;
        }
        if (payload != null && Invites.looksLikeCode(payload)) {
            startWithInvite(in, person, payload);
            return;
        }
        if (person.isEmpty()) {
            in.say("join.welcome");
            forms.start(in, JoinForm.NAME, Map.of());
            return;
        }
        switch (person.get().status()) {
            case APPROVED -> greet(in, person.get());
            case PENDING -> in.say("access.pending");
            case DEACTIVATED -> in.say("access.deactivated");
            case REJECTED -> {
                in.say("join.apply-again");
                forms.start(in, JoinForm.NAME, Map.of());
            }
        }
    }

    private void greet(Incoming in, Person person) {
        if (!people.firstGreeting(person.id())) {
            in.say("start.welcome-back", person.displayName());
        } else if (person.roles().contains(Role.ADMIN)) {
            in.say("start.welcome-admin", person.displayName());
        } else {
            in.say("start.welcome", person.displayName());
        }
    }

    private void startWithInvite(Incoming in, Optional<Person> person, String code) {
        Optional<Invite> invite = invites.usable(code);
        if (invite.isEmpty()) {
            in.say("invite.unusable");
            return;
        }
        if (person.isPresent() && person.get().isApproved()) {
            in.say("join.already-approved");
            return;
        }
        if (person.isPresent() && person.get().status() == PersonStatus.DEACTIVATED) {
            in.say("access.deactivated");
            return;
        }
        in.say("invite.welcome", invite.get().department());
        forms.start(in, JoinForm.NAME, Map.of(JoinForm.INVITE, code, "department", invite.get().department()));
    }
}
