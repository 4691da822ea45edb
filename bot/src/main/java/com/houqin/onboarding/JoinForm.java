package com.houqin.onboarding;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;
import com.houqin.people.PeopleProperties;
import com.houqin.people.Person;

/**
 * Joining: name, then department. Through an invite the department is already known (and the
 * person is approved at once); otherwise the request waits for an admin.
 */
@Component
class JoinForm implements FormDefinition {

    static final String NAME = "join";
    static final String INVITE = "invite";
    /** The deep link a newcomer came with (a place's QR code), offered again once they are in. */
    static final String STARTED_FROM = "startedFrom";

    private final PeopleProperties properties;
    private final Onboarding onboarding;

    JoinForm(PeopleProperties properties, Onboarding onboarding) {
        this.properties = properties;
        this.onboarding = onboarding;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String restartCommand() {
        return "/start";
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public List<Step> steps() {
        return List.of(
                Question.ask("name").prompt("join.ask-name").text((in, data, text) -> name(text)).build(),
                Question.ask("department").prompt("join.ask-department").perRow(2)
                        .choices((in, data) -> properties.departments().stream().map(d -> new Choice(d, d)).toList())
                        .build());
    }

    private static Parsed name(String text) {
        Parsed parsed = TextLimits.check(text, Person.MAX_NAME_LENGTH);
        if (parsed.isOk() && parsed.value().codePointCount(0, parsed.value().length()) < 2) {
            return Parsed.error("join.name-too-short");
        }
        return parsed;
    }

    @Override
    public void complete(Incoming in, FormData data) {
        if (data.has(INVITE)) {
            onboarding.joinByInvite(in, data.get(INVITE), data.get("name"));
        } else {
            onboarding.apply(in, data, data.get("name"), data.get("department"), data.get(STARTED_FROM));
        }
    }
}
