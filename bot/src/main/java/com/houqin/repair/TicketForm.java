package com.houqin.repair;

import java.util.Optional;
import java.util.function.Consumer;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;

/** A form about one ticket: the one the button that opened it names ({@link TicketButtons#startForm}). */
abstract class TicketForm implements FormDefinition {

    private final String name;
    private final String restartCommand;
    final Tickets tickets;

    TicketForm(String name, String restartCommand, Tickets tickets) {
        this.name = name;
        this.restartCommand = restartCommand;
        this.tickets = tickets;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String restartCommand() {
        return restartCommand;
    }

    static long ticket(FormData data) {
        return Long.parseLong(data.get(TicketCards.TICKET));
    }

    /** Goes on with the ticket as changed, or says it changed meanwhile (the change did not apply). */
    static void whenChanged(Incoming in, Optional<Ticket> changed, Consumer<Ticket> then) {
        changed.ifPresentOrElse(then, () -> in.say("repair.state-changed-simple"));
    }
}
