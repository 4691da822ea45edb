package com.houqin.repair;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.MySection;
import com.houqin.outbox.Outbox;
import com.houqin.telegram.Outgoing;

/** My repair requests in /my: open ones, and done ones waiting for my confirmation. */
@Component
class MyRepairs implements MySection {

    private final TicketQueries tickets;
    private final TicketCards cards;
    private final Outbox outbox;

    MyRepairs(TicketQueries tickets, TicketCards cards, Outbox outbox) {
        this.tickets = tickets;
        this.cards = cards;
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Outgoing> render(Incoming in) {
        return cards(in).stream().map(Card::message).toList();
    }

    /** Each card is remembered, so it is edited (its Cancel gone, say) when the ticket moves on. */
    @Override
    public List<Card> cards(Incoming in) {
        EnumSet<TicketStatus> shown = EnumSet.copyOf(TicketStatus.OPEN);
        shown.add(TicketStatus.DONE);
        return tickets.reportedBy(in.userId(), shown).stream()
                .map(t -> new Card(cards.reporterCard(in.language(), t),
                        messageId -> outbox.remember(TicketCards.cardsGroup(t), in.chatId(), messageId)))
                .toList();
    }
}
