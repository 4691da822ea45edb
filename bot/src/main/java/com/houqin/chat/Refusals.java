package com.houqin.chat;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.people.Person;

/** Tells a person, politely and in their language, why they cannot do something. */
@Component
public class Refusals {

    public String explain(Incoming in, Access access) {
        Person person = in.person().orElse(null);
        if (person == null) {
            return in.t("access.unknown");
        }
        return switch (person.status()) {
            case PENDING -> in.t("access.pending");
            case REJECTED -> in.t("access.rejected");
            case DEACTIVATED -> in.t("access.deactivated");
            case APPROVED -> in.t("access.role", access.roles().stream().sorted()
                    .map(r -> in.t(r.textKey())).collect(Collectors.joining(" / ")));
        };
    }

    /** Says why, both as a notice on a pressed button and as a message. */
    public void refuse(Incoming in, Access access) {
        String text = explain(in, access);
        in.answerButton(text);
        in.reply(com.houqin.telegram.Outgoing.text(text));
    }
}
