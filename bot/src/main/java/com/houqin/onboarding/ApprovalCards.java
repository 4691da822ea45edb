package com.houqin.onboarding;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/** How a request to join reads to an admin: who asks, and Approve / Reject; then who decided. */
@Component
public class ApprovalCards {

    static final String APPROVE = "people.approve";
    static final String REJECT = "people.reject";

    private final Texts texts;
    private final Buttons buttons;

    ApprovalCards(Texts texts, Buttons buttons) {
        this.texts = texts;
        this.buttons = buttons;
    }

    /** The card an admin gets, with buttons only that admin can press. */
    public Outgoing request(Person admin, Person applicant) {
        Language lang = admin.lang();
        Map<String, String> args = new HashMap<>();
        args.put("person", String.valueOf(applicant.id()));
        if (applicant.application() != null) {
            args.put("group", applicant.application());
        }
        return Outgoing.builder(requestText(lang, applicant))
                .row(buttons.create(texts.get(lang, "join.approve"), APPROVE, args, admin.id()),
                        buttons.create(texts.get(lang, "join.reject"), REJECT, args, admin.id()))
                .build();
    }

    /** The card once decided: no buttons, and who decided. */
    Outgoing decided(Language lang, Person applicant, boolean approved, String adminName) {
        return Outgoing.text(requestText(lang, applicant) + "\n\n"
                + texts.get(lang, approved ? "join.approved-by" : "join.rejected-by", adminName));
    }

    private String requestText(Language lang, Person applicant) {
        return texts.get(lang, "join.request", applicant.displayName(), applicant.department(),
                applicant.username() == null ? "—" : "@" + applicant.username(), String.valueOf(applicant.id()));
    }
}
