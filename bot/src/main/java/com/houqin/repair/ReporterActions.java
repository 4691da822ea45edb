package com.houqin.repair;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;
import com.houqin.telegram.Outgoing;

/** The reporter's buttons: Fixed / Not fixed, the rating, and Cancel while nobody has started. */
final class ReporterActions {

    static final String TICKET = "ticket";

    private ReporterActions() {
    }

    abstract static class OnMyTicket implements ButtonAction {
        final Tickets tickets;
        final TicketCards cards;

        OnMyTicket(Tickets tickets, TicketCards cards) {
            this.tickets = tickets;
            this.cards = cards;
        }

        @Override
        public Access access() {
            return Access.approved();
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Optional<Ticket> ticket = tickets.find(button.longArg(TICKET))
                    .filter(t -> t.reporterId() == in.userId());
            if (ticket.isEmpty()) {
                in.say("repair.no-such-ticket");
                return;
            }
            act(in, ticket.get(), button);
        }

        abstract void act(Incoming in, Ticket ticket, ButtonRecord button);

        void stale(Incoming in, long number) {
            cards.explainMovedOn(in, tickets, number);
        }
    }

    @Component
    static class Confirm extends OnMyTicket {
        Confirm(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        public String name() {
            return TicketCards.CONFIRM;
        }

        @Override
        void act(Incoming in, Ticket ticket, ButtonRecord button) {
            Optional<Ticket> closed = tickets.confirm(ticket.number(), in.userId(), in.updateId());
            if (closed.isEmpty()) {
                stale(in, ticket.number());
                return;
            }
            Ticket t = closed.get();
            in.answerButton(null);
            in.reply(Outgoing.builder(in.t("repair.reporter.rate", t.code(), t.technicianName()))
                    .row(cards.ratingButtons(t)).build());
        }
    }

    @Component
    static class Rate extends OnMyTicket {
        private final FormEngine forms;

        Rate(Tickets tickets, TicketCards cards, FormEngine forms) {
            super(tickets, cards);
            this.forms = forms;
        }

        @Override
        public String name() {
            return TicketCards.RATE;
        }

        @Override
        void act(Incoming in, Ticket ticket, ButtonRecord button) {
            int stars = Integer.parseInt(button.arg("stars"));
            if (stars < 1 || stars > 5 || tickets.rate(ticket.number(), in.userId(), stars, in.updateId()).isEmpty()) {
                stale(in, ticket.number());
                return;
            }
            in.answerButton(null);
            in.editButtonMessage(Outgoing.text(in.t("repair.reporter.rated", ticket.code(), "⭐".repeat(stars))));
            forms.start(in, CommentForm.NAME, Map.of(TICKET, String.valueOf(ticket.number())));
        }
    }

    @Component
    static class Reopen extends OnMyTicket {
        private final FormEngine forms;

        Reopen(Tickets tickets, TicketCards cards, FormEngine forms) {
            super(tickets, cards);
            this.forms = forms;
        }

        @Override
        public String name() {
            return TicketCards.REOPEN;
        }

        @Override
        void act(Incoming in, Ticket ticket, ButtonRecord button) {
            if (ticket.status() != TicketStatus.DONE) {
                stale(in, ticket.number());
                return;
            }
            in.answerButton(null);
            forms.start(in, ReopenForm.NAME, Map.of(TICKET, String.valueOf(ticket.number())));
        }
    }

    @Component
    static class Cancel extends OnMyTicket {
        Cancel(Tickets tickets, TicketCards cards) {
            super(tickets, cards);
        }

        @Override
        public String name() {
            return TicketCards.CANCEL;
        }

        @Override
        void act(Incoming in, Ticket ticket, ButtonRecord button) {
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

    /** "What is still wrong?" — then the job goes back to its technician with new clocks. */
    @Component
    static class ReopenForm implements FormDefinition {
        static final String NAME = "repair-reopen";
        private final Tickets tickets;

        ReopenForm(Tickets tickets) {
            this.tickets = tickets;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String restartCommand() {
            return "/my";
        }

        @Override
        public List<Step> steps() {
            return List.of(Question.ask("reason").prompt("repair.reopen.ask").freeText(500).build());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            Optional<Ticket> reopened = tickets.reopen(Long.parseLong(data.get(TICKET)), in.userId(),
                    data.get("reason"), in.updateId());
            if (reopened.isEmpty()) {
                in.say("repair.state-changed-simple");
                return;
            }
            Ticket t = reopened.get();
            in.say("repair.reopen.done", t.code(), t.technicianName());
        }
    }

    /** The optional comment after a rating. */
    @Component
    static class CommentForm implements FormDefinition {
        static final String NAME = "repair-comment";
        private static final String SKIP = "skip";
        private final Tickets tickets;

        CommentForm(Tickets tickets) {
            this.tickets = tickets;
        }

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String restartCommand() {
            return "/my";
        }

        @Override
        public List<Step> steps() {
            return List.of(Question.ask("comment").prompt("repair.comment.ask").perRow(1)
                    .choices((in, d) -> List.of(new Choice(in.t("repair.comment.skip"), SKIP)))
                    .text((in, d, text) -> TextLimits.check(text, 500))
                    .build());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            String comment = data.get("comment");
            if (!SKIP.equals(comment)) {
                tickets.comment(Long.parseLong(data.get(TICKET)), in.userId(), comment, in.updateId());
            }
            in.say("repair.comment.thanks");
        }
    }
}
