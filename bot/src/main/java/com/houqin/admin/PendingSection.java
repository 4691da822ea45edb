package com.houqin.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.onboarding.ApprovalCards;
import com.houqin.people.People;
import com.houqin.people.Person;

/** Admin: the requests to join that wait for a decision, each with Approve / Reject. */
@Component
class PendingSection implements AdminSection {

    private static final int SHOWN = 20;

    private final People people;
    private final ApprovalCards cards;

    PendingSection(People people, ApprovalCards cards) {
        this.people = people;
        this.cards = cards;
    }

    @Override
    public String id() {
        return "pending";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String label(Incoming in) {
        return in.t("admin.pending", people.pending().size());
    }

    @Override
    public void open(Incoming in) {
        List<Person> pending = people.pending();
        if (pending.isEmpty()) {
            in.say("admin.pending-none");
            return;
        }
        Person admin = in.approvedPerson();
        for (Person p : pending.subList(0, Math.min(SHOWN, pending.size()))) {
            in.reply(cards.request(admin, p));
        }
        if (pending.size() > SHOWN) {
            in.say("admin.pending-more", pending.size() - SHOWN);
        }
    }
}
