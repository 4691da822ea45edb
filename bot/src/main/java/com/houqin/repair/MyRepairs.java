package com.houqin.repair;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.MySection;
import com.houqin.telegram.Outgoing;

/** My repair requests in /my: open ones, and done ones waiting for my confirmation. */
@Component
class MyRepairs implements MySection {

    private final Tickets tickets;
    private final TicketCards cards;

    MyRepairs(Tickets tickets, TicketCards cards) {
        this.tickets = tickets;
        this.cards = cards;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Outgoing> render(Incoming in) {
        EnumSet<TicketStatus> shown = EnumSet.copyOf(TicketStatus.OPEN);
        shown.add(TicketStatus.DONE);
        return tickets.reportedBy(in.userId(), shown).stream()
                .map(t -> cards.reporterCard(in.language(), t)).toList();
    }
}
