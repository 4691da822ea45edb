package com.houqin.repair;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Person;
import com.houqin.people.Role;

/**
 * A technician's buttons on a job. Each press re-checks the role, the category and who owns the
 * job, and changes the ticket only from the state the button was made for.
 */
final class TechnicianActions {

    private TechnicianActions() {
    }

    abstract static class OnTicket implements ButtonAction {
        final Tickets tickets;
        final TicketCards cards;

        OnTicket(Tickets tickets, TicketCards cards) {
            this.tickets = tickets;
            this.cards = cards;
        }

        @Override
        public Access access() {
            return Access.roles(Role.TECHNICIAN);
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Optional<Ticket> ticket = tickets.find(button.longArg("ticket"));
            if (ticket.isEmpty()) {
                in.say("repair.no-such-ticket");
                return;
            }
            act(in, ticket.get());
        }

        abstract void act(Incoming in, Ticket ticket);
    }

    /** Buttons only the job's owner may press. */
    abstract static class OwnerAction extends OnTicket {
        OwnerAction(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        void act(Incoming in, Ticket ticket) {
            if (!ticket.isOwnedBy(in.userId())) {
                String owner = ticket.technicianName() == null ? "—" : ticket.technicianName();
                in.answerButton(in.t("repair.not-your-job", ticket.code(), owner));
                in.say("repair.not-your-job", ticket.code(), owner);
                return;
            }
            own(in, ticket);
        }

        abstract void own(Incoming in, Ticket ticket);

        /** The state changed under the button (cancelled, done, already started): say how it stands. */
        void stale(Incoming in, long number) {
            cards.explainMovedOn(in, tickets, number);
        }
    }

    @Component
    static class Accept extends OnTicket {
        private final Technicians technicians;

        Accept(Tickets tickets, Technicians technicians, TicketCards cards) {
            super(tickets, cards);
            this.technicians = technicians;
        }

        @Override
        public String name() {
            return TicketCards.ACCEPT;
        }

        @Override
        void act(Incoming in, Ticket ticket) {
            Person me = in.approvedPerson();
            if (!technicians.takes(me, ticket.category())) {
                String category = in.t(ticket.category().textKey());
                in.answerButton(in.t("repair.not-your-category", category));
                in.say("repair.not-your-category", category);
                return;
            }
            Optional<Ticket> accepted = tickets.accept(ticket.number(), me, in.updateId());
            if (accepted.isEmpty()) {
                Ticket now = tickets.find(ticket.number()).orElse(ticket);
                String key = now.status() == TicketStatus.CANCELLED ? "repair.accept-cancelled" : "repair.accept-taken";
                String by = now.technicianName() == null ? "—" : now.technicianName();
                in.answerButton(in.t(key, now.code(), by));
                in.say(key, now.code(), by);
                return;
            }
            Ticket t = accepted.get();
            in.answerButton(in.t("repair.accepted-toast", t.code()));
            cards.show(in, t, cards.jobCard(in.language(), t, me.id()));
        }
    }

    @Component
    static class Open extends OnTicket {
        Open(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        public String name() {
            return TicketCards.OPEN;
        }

        @Override
        void act(Incoming in, Ticket ticket) {
            in.answerButton(null);
            if (ticket.isOwnedBy(in.userId())) {
                cards.show(in, ticket, cards.jobCard(in.language(), ticket, in.userId()));
            } else if (ticket.status() == TicketStatus.NEW) {
                cards.show(in, ticket, cards.offer(in.language(), ticket, in.userId(), "repair.offer.waiting"));
            } else {
                in.reply(com.houqin.telegram.Outgoing.text(cards.details(in.language(), ticket)));
            }
        }
    }

    @Component
    static class Start extends OwnerAction {
        Start(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        public String name() {
            return TicketCards.START;
        }

        @Override
        void own(Incoming in, Ticket ticket) {
            Optional<Ticket> started = tickets.start(ticket.number(), in.userId(), in.updateId());
            if (started.isEmpty()) {
                stale(in, ticket.number());
                return;
            }
            Ticket t = started.get();
            in.answerButton(in.t("repair.started-toast", t.code()));
            in.editButtonMessage(cards.jobCard(in.language(), t, in.userId()));
        }
    }

    @Component
    static class Resume extends OwnerAction {
        Resume(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        public String name() {
            return TicketCards.RESUME;
        }

        @Override
        void own(Incoming in, Ticket ticket) {
            Optional<Ticket> resumed = tickets.resume(ticket.number(), in.userId(), in.updateId());
            if (resumed.isEmpty()) {
                stale(in, ticket.number());
                return;
            }
            Ticket t = resumed.get();
            in.answerButton(null);
            in.editButtonMessage(cards.jobCard(in.language(), t, in.userId()));
        }
    }

    /**
     * Done, Can’t finish today and Waiting ask a question or two first: each opens a small form
     * for the job, allowed while the job is accepted or in progress.
     */
    static final class OpensForm extends OwnerAction {
        private final String name;
        private final String form;
        private final FormEngine forms;

        OpensForm(String name, String form, Tickets tickets, TicketCards cards, FormEngine forms) {
            super(tickets, cards);
            this.name = name;
            this.form = form;
            this.forms = forms;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        void own(Incoming in, Ticket ticket) {
            if (ticket.status() != TicketStatus.ACCEPTED && ticket.status() != TicketStatus.IN_PROGRESS) {
                stale(in, ticket.number());
                return;
            }
            in.answerButton(null);
            forms.start(in, form, Map.of(TechnicianForms.TICKET, String.valueOf(ticket.number())));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class FormButtons {
        @Bean
        ButtonAction repairDoneButton(Tickets tickets, TicketCards cards, FormEngine forms) {
            return new OpensForm(TicketCards.DONE, TechnicianForms.DoneForm.NAME, tickets, cards, forms);
        }

        @Bean
        ButtonAction repairDelayButton(Tickets tickets, TicketCards cards, FormEngine forms) {
            return new OpensForm(TicketCards.DELAY, TechnicianForms.DelayForm.NAME, tickets, cards, forms);
        }

        @Bean
        ButtonAction repairWaitButton(Tickets tickets, TicketCards cards, FormEngine forms) {
            return new OpensForm(TicketCards.WAIT, TechnicianForms.WaitForm.NAME, tickets, cards, forms);
        }
    }
}
