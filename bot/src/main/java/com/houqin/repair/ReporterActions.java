package com.houqin.repair;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Outgoing;

/**
 * The reporter's buttons on a ticket ({@link TicketCards}): Fixed / Not fixed, the rating, and
 * Cancel while nobody has started. Each works only on the presser's own ticket.
 */
@Component
class ReporterActions implements ButtonSet {

    private final Tickets tickets;
    private final TicketCards cards;
    private final TicketButtons ticketButtons;

    ReporterActions(Tickets tickets, TicketCards cards, TicketButtons ticketButtons) {
        this.tickets = tickets;
        this.cards = cards;
        this.ticketButtons = ticketButtons;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                onMyTicket(TicketCards.CONFIRM, this::confirm),
                onMyTicket(TicketCards.RATE, this::rate),
                onMyTicket(TicketCards.REOPEN, this::reopen),
                onMyTicket(TicketCards.CANCEL, this::cancel));
    }

    private ButtonAction onMyTicket(String name, TicketButtons.TicketHandler handler) {
        return ticketButtons.on(name, Access.approved(), (in, t) -> t.reporterId() == in.userId(), handler);
    }

    private void confirm(Incoming in, Ticket ticket, ButtonRecord button) {
        Optional<Ticket> closed = tickets.confirm(ticket.number(), in.userId(), in.updateId());
        if (closed.isEmpty()) {
            ticketButtons.stale(in, ticket);
            return;
        }
        Ticket t = closed.get();
        in.answerButton(null);
        in.reply(Outgoing.builder(in.t("repair.reporter.rate", t.code(), t.technicianName()))
                .row(cards.ratingButtons(t)).build());
    }

    private void rate(Incoming in, Ticket ticket, ButtonRecord button) {
        int stars = Integer.parseInt(button.arg("stars"));
        if (stars < 1 || stars > 5 || tickets.rate(ticket.number(), in.userId(), stars, in.updateId()).isEmpty()) {
            ticketButtons.stale(in, ticket);
            return;
        }
        in.answerButton(null);
        in.editButtonMessage(Outgoing.text(in.t("repair.reporter.rated", ticket.code(), "⭐".repeat(stars))));
        ticketButtons.startForm(in, ReporterForms.CommentForm.NAME, ticket);
    }

    private void reopen(Incoming in, Ticket ticket, ButtonRecord button) {
        if (ticket.status() != TicketStatus.DONE) {
            ticketButtons.stale(in, ticket);
            return;
        }
        in.answerButton(null);
        ticketButtons.startForm(in, ReporterForms.ReopenForm.NAME, ticket);
    }

    private void cancel(Incoming in, Ticket ticket, ButtonRecord button) {
        Optional<Ticket> cancelled = tickets.cancel(ticket.number(), in.userId(), in.updateId());
        if (cancelled.isEmpty()) {
            Ticket now = tickets.find(ticket.number()).orElse(ticket);
            in.answerButton(in.t("repair.cancel-too-late", now.code(), in.t(now.status().textKey())));
            in.say("repair.cancel-too-late", now.code(), in.t(now.status().textKey()));
            return;
        }
        Ticket t = cancelled.get();
        in.answerButton(null);
        // the same card as the other copies are edited to, whichever edit lands last
        in.editButtonMessage(cards.reporterCard(in.language(), t));
    }
}
