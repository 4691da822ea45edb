package com.houqin.repair;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * A technician's buttons on a job ({@link TicketCards}). Each press re-checks the role, the
 * category and who owns the job, and changes the ticket only from the state the button was made for.
 */
@Component
class TechnicianActions implements ButtonSet {

    private final Tickets tickets;
    private final Technicians technicians;
    private final TicketCards cards;
    private final TicketButtons ticketButtons;

    TechnicianActions(Tickets tickets, Technicians technicians, TicketCards cards, TicketButtons ticketButtons) {
        this.tickets = tickets;
        this.technicians = technicians;
        this.cards = cards;
        this.ticketButtons = ticketButtons;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                onTicket(TicketCards.ACCEPT, this::accept),
                onTicket(TicketCards.OPEN, this::open),
                ownerOnly(TicketCards.START, this::start),
                ownerOnly(TicketCards.RESUME, this::resume),
                opensForm(TicketCards.DONE, TechnicianForms.DoneForm.NAME),
                opensForm(TicketCards.DELAY, TechnicianForms.DelayForm.NAME),
                opensForm(TicketCards.WAIT, TechnicianForms.WaitForm.NAME));
    }

    private ButtonAction onTicket(String name, TicketButtons.TicketHandler handler) {
        return ticketButtons.on(name, Access.roles(Role.TECHNICIAN), (in, t) -> true, handler);
    }

    /** A button only the job's owner may press. */
    private ButtonAction ownerOnly(String name, TicketButtons.TicketHandler handler) {
        return onTicket(name, (in, ticket, button) -> {
            if (!ticket.isOwnedBy(in.userId())) {
                String owner = ticket.technicianName() == null ? "—" : ticket.technicianName();
                in.answerButton(in.t("repair.not-your-job", ticket.code(), owner));
                in.say("repair.not-your-job", ticket.code(), owner);
                return;
            }
            handler.act(in, ticket, button);
        });
    }

    /**
     * Done, Can’t finish today and Waiting ask a question or two first: each opens a small form
     * for the job, allowed while the job is accepted or in progress.
     */
    private ButtonAction opensForm(String name, String form) {
        return ownerOnly(name, (in, ticket, button) -> {
            if (ticket.status() != TicketStatus.ACCEPTED && ticket.status() != TicketStatus.IN_PROGRESS) {
                ticketButtons.stale(in, ticket);
                return;
            }
            in.answerButton(null);
            ticketButtons.startForm(in, form, ticket);
        });
    }

    private void accept(Incoming in, Ticket ticket, ButtonRecord button) {
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

    private void open(Incoming in, Ticket ticket, ButtonRecord button) {
        in.answerButton(null);
        if (ticket.isOwnedBy(in.userId())) {
            cards.show(in, ticket, cards.jobCard(in.language(), ticket, in.userId()));
        } else if (ticket.status() == TicketStatus.NEW) {
            cards.show(in, ticket, cards.offer(in.language(), ticket, in.userId(), "repair.offer.waiting"));
        } else {
            in.reply(Outgoing.text(cards.details(in.language(), ticket)));
        }
    }

    private void start(Incoming in, Ticket ticket, ButtonRecord button) {
        Optional<Ticket> started = tickets.start(ticket.number(), in.userId(), in.updateId());
        if (started.isEmpty()) {
            ticketButtons.stale(in, ticket);
            return;
        }
        Ticket t = started.get();
        in.answerButton(in.t("repair.started-toast", t.code()));
        in.editButtonMessage(cards.jobCard(in.language(), t, in.userId()));
    }

    private void resume(Incoming in, Ticket ticket, ButtonRecord button) {
        Optional<Ticket> resumed = tickets.resume(ticket.number(), in.userId(), in.updateId());
        if (resumed.isEmpty()) {
            ticketButtons.stale(in, ticket);
            return;
        }
        Ticket t = resumed.get();
        in.answerButton(null);
        in.editButtonMessage(cards.jobCard(in.language(), t, in.userId()));
    }
}
