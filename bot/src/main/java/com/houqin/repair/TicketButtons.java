package com.houqin.repair;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;

/**
 * What the buttons on a ticket's cards ({@link ReporterActions}, {@link TechnicianActions}) share:
 * finding the ticket a press names, saying how it stands when it moved on, opening a form about it.
 */
@Component
class TicketButtons {

    /** A button's work on the ticket it names, once found. */
    @FunctionalInterface
    interface TicketHandler {
        void act(Incoming in, Ticket ticket, ButtonRecord button);
    }

    private final Tickets tickets;
    private final FormEngine forms;

    TicketButtons(Tickets tickets, FormEngine forms) {
        this.tickets = tickets;
        this.forms = forms;
    }

    /** A button on the ticket its record names; a ticket gone, or not {@code visible} to the presser, is "no such ticket". */
    ButtonAction on(String name, Access access, BiPredicate<Incoming, Ticket> visible, TicketHandler handler) {
        return ButtonAction.of(name, access, (in, button) -> {
            Optional<Ticket> ticket = tickets.find(button.longArg(TicketCards.TICKET)).filter(t -> visible.test(in, t));
            if (ticket.isEmpty()) {
                in.say("repair.no-such-ticket");
                return;
            }
            handler.act(in, ticket.get(), button);
        });
    }

    /** The state changed under the button (cancelled, done, already started): say how it stands, change nothing. */
    void stale(Incoming in, Ticket ticket) {
        tickets.find(ticket.number()).ifPresent(now -> {
            String state = in.t(now.status().textKey());
            in.answerButton(in.t("repair.state-changed", now.code(), state));
            in.say("repair.state-changed", now.code(), state);
        });
    }

    /** Starts a form about the ticket (the form reads it as {@link TicketCards#TICKET}). */
    void startForm(Incoming in, String form, Ticket ticket) {
        forms.start(in, form, Map.of(TicketCards.TICKET, String.valueOf(ticket.number())));
    }
}
