package com.houqin.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.telegram.Outgoing;

/** Requests to join, the admins' decisions, and joining through an invite. */
@Component
class Onboarding {

    static final String APPROVE = "people.approve";
    static final String REJECT = "people.reject";

    private final People people;
    private final Invites invites;
    private final Outbox outbox;
    private final Texts texts;
    private final Buttons buttons;

    Onboarding(People people, Invites invites, Outbox outbox, Texts texts, Buttons buttons) {
        this.people = people;
        this.invites = invites;
        this.outbox = outbox;
        this.texts = texts;
        this.buttons = buttons;
    }

    void apply(Incoming in, String name, String department) {
        Person person = people.apply(in.userId(), name, department, in.telegramLanguage(), in.from().getUserName());
        if (person.status() != PersonStatus.PENDING) {
            in.say("join.already-" + person.status().name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        String group = "join:" + person.id() + ":" + System.currentTimeMillis();
        List<Person> admins = people.withRole(Role.ADMIN);
        for (Person admin : admins) {
            outbox.enqueue(new Notification(group + ":admin:" + admin.id(), group, admin.chatId(),
                    approvalRequest(admin, person, group)));
        }
        in.say(admins.isEmpty() ? "join.waiting-no-admin" : "join.waiting");
    }

    /** The card an admin gets: who asks, with Approve / Reject buttons only that admin can press. */
    Outgoing approvalRequest(Person admin, Person applicant, String group) {
        Language lang = admin.lang();
        Map<String, String> args = new java.util.HashMap<>();
        args.put("person", String.valueOf(applicant.id()));
        if (group != null) {
            args.put("group", group);
        }
        return Outgoing.builder(texts.get(lang, "join.request", applicant.displayName(), applicant.department(),
                        applicant.username() == null ? "—" : "@" + applicant.username(), String.valueOf(applicant.id())))
                .row(buttons.create(texts.get(lang, "join.approve"), APPROVE, args, admin.id()),
                        buttons.create(texts.get(lang, "join.reject"), REJECT, args, admin.id()))
                .build();
    }

    /** An admin pressed Approve or Reject; only the first decision counts. */
    void decide(Incoming in, long applicantId, String group, boolean approve) {
        Person admin = in.approvedPerson();
        Optional<Person> decided = approve ? people.approve(applicantId, admin.id())
                : people.reject(applicantId, admin.id());
        if (decided.isEmpty()) {
            Optional<Person> now = people.find(applicantId);
            String state = now.map(p -> in.t("join.state." + p.status().name().toLowerCase(java.util.Locale.ROOT)))
                    .orElse("—");
            in.answerButton(in.t("join.already-decided", state));
            in.say("join.already-decided", state);
            return;
        }
        Person applicant = decided.get();
        Language applicantLang = applicant.lang();
        String outcome = approve ? "join.approved-you" : "join.rejected-you";
        outbox.enqueue(new Notification(group + ":outcome", null, applicant.chatId(),
                Outgoing.text(texts.get(applicantLang, outcome, applicant.displayName()))));
        String decisionKey = approve ? "join.approved-by" : "join.rejected-by";
        if (group != null) {
            outbox.updateGroup(group, "decided", chatId -> {
                Language lang = people.find(chatId).map(Person::lang).orElse(Language.EN);
                return Outgoing.text(texts.get(lang, "join.request", applicant.displayName(), applicant.department(),
                        applicant.username() == null ? "—" : "@" + applicant.username(), String.valueOf(applicant.id()))
                        + "\n\n" + texts.get(lang, decisionKey, admin.displayName()));
            });
        }
        in.answerButton(in.t(decisionKey, admin.displayName()));
        if (in.buttonMessageId() != null) {
            in.editButtonMessage(Outgoing.text(in.t("join.request", applicant.displayName(), applicant.department(),
                    applicant.username() == null ? "—" : "@" + applicant.username(), String.valueOf(applicant.id()))
                    + "\n\n" + in.t(decisionKey, admin.displayName())));
        }
    }

    void joinByInvite(Incoming in, String code, String name) {
        Optional<Invite> invite = invites.usable(code);
        if (invite.isEmpty()) {
            in.say("invite.unusable");
            return;
        }
        Optional<Person> joined = people.joinByInvite(in.userId(), name, invite.get().department(),
                in.telegramLanguage(), in.from().getUserName(), invite.get().createdBy());
        if (joined.isEmpty()) {
            Person existing = people.find(in.userId()).orElse(null);
            in.say(existing != null && existing.status() == PersonStatus.DEACTIVATED
                    ? "access.deactivated" : "join.already-approved");
            return;
        }
        invites.countUse(code);
        in.say("invite.joined", joined.get().displayName(), joined.get().department());
    }
}
