package com.houqin.repair;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** /tickets: a technician's queue — my jobs, then the unaccepted jobs of my categories; urgent first, oldest first. */
@Component
class TicketsCommand implements Command {

    static final Comparator<Ticket> URGENT_THEN_OLDEST = Comparator.comparing((Ticket t) -> !t.urgent())
            .thenComparing(Ticket::createdAt);
    private static final int SHOWN = 15;

    private final TicketQueries tickets;
    private final Technicians technicians;
    private final TicketCards cards;
    private final Clock clock;

    TicketsCommand(TicketQueries tickets, Technicians technicians, TicketCards cards, Clock clock) {
        this.tickets = tickets;
        this.technicians = technicians;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "tickets";
    }

    @Override
    public Access access() {
        return Access.roles(Role.TECHNICIAN);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void handle(Incoming in, String args) {
        Person me = in.approvedPerson();
        Instant now = clock.instant();
        List<Ticket> open = tickets.open();
        List<Ticket> mine = open.stream().filter(t -> t.isOwnedBy(me.id())).sorted(URGENT_THEN_OLDEST).toList();
        List<Ticket> waiting = open.stream().filter(t -> t.status() == TicketStatus.NEW)
                .filter(t -> technicians.takes(me, t.category())).sorted(URGENT_THEN_OLDEST).toList();
        if (mine.isEmpty() && waiting.isEmpty()) {
            in.say("repair.queue.empty");
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Button> open_ = new ArrayList<>();
        text.append(in.t("repair.queue.mine", mine.size()));
        for (Ticket t : mine.stream().limit(SHOWN).toList()) {
            text.append("\n").append(cards.line(in.language(), t, now));
            open_.add(cards.openButton(in.language(), t, me.id()));
        }
        text.append("\n\n").append(in.t("repair.queue.unaccepted", waiting.size()));
        for (Ticket t : waiting.stream().limit(SHOWN).toList()) {
            text.append("\n").append(cards.line(in.language(), t, now));
            open_.add(cards.openButton(in.language(), t, me.id()));
        }
        text.append("\n\n").append(in.t("repair.queue.hint"));
        in.reply(Outgoing.builder(text.toString()).grid(open_, 3).build());
    }
}
