package com.houqin.onboarding;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.people.Invite;
import com.houqin.people.Invites;
import com.houqin.people.Joining;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.PersonStatus;
import com.houqin.people.Role;

/**
 * Requests to join, the admins' decisions, and joining through an invite. What the admins and
 * the applicant are told goes with the change itself (see {@link PeopleNotices}).
 */
@Component
class Onboarding {

    private final People people;
    private final Joining joining;
    private final Invites invites;
    private final ApprovalCards cards;

    Onboarding(People people, Joining joining, Invites invites, ApprovalCards cards) {
        this.people = people;
        this.joining = joining;
        this.invites = invites;
        this.cards = cards;
    }

    void apply(Incoming in, FormData form, String name, String department, String startedFrom) {
        String application = "join:" + in.userId() + ":" + form.formId();
        Person person = joining.apply(in.userId(), name, department, in.telegramLanguage(), in.from().getUserName(),
                application, startedFrom);
        if (person.status() != PersonStatus.PENDING || !application.equals(person.application())) {
            in.say("join.already-" + person.status().name().toLowerCase(Locale.ROOT));
            return;
        }
        in.say(people.withRole(Role.ADMIN).isEmpty() ? "join.waiting-no-admin" : "join.waiting");
    }

    /** An admin pressed Approve or Reject; only the first decision counts. */
    void decide(Incoming in, long applicantId, boolean approve) {
        Person admin = in.approvedPerson();
        Optional<Person> decided = approve ? joining.approve(applicantId, admin) : joining.reject(applicantId, admin);
        if (decided.isEmpty()) {
            Optional<Person> now = people.find(applicantId);
            String state = now.map(p -> in.t("join.state." + p.status().name().toLowerCase(Locale.ROOT)))
                    .orElse("—");
            in.answerButton(in.t("join.already-decided", state));
            in.say("join.already-decided", state);
            return;
        }
        Person applicant = decided.get();
        in.answerButton(in.t(approve ? "join.approved-by" : "join.rejected-by", admin.displayName()));
        if (in.buttonMessageId() != null) {
            in.editButtonMessage(cards.decided(in.language(), applicant, approve, admin.displayName()));
        }
    }

    void joinByInvite(Incoming in, String code, String name) {
        Optional<Invite> invite = invites.usable(code);
        if (invite.isEmpty()) {
            in.say("invite.unusable");
            return;
        }
        Optional<Person> joined = joining.joinByInvite(in.userId(), name, invite.get().department(),
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
