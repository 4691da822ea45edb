package com.houqin.repair;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;

/** The questions behind the reporter's Not fixed button and after a rating ({@link ReporterActions}). */
final class ReporterForms {

    private ReporterForms() {
    }

    abstract static class ReporterForm extends TicketForm {
        ReporterForm(String name, Tickets tickets) {
            super(name, "/my", tickets);
        }
    }

    /** "What is still wrong?" — then the job goes back to its technician with new clocks. */
    @Component
    static class ReopenForm extends ReporterForm {
        static final String NAME = "repair-reopen";

        ReopenForm(Tickets tickets) {
            super(NAME, tickets);
        }

        @Override
        public List<Step> steps() {
            return List.of(Question.ask("reason").prompt("repair.reopen.ask").freeText(500).build());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            whenChanged(in, tickets.reopen(ticket(data), in.userId(), data.get("reason"), in.updateId()),
                    t -> in.say("repair.reopen.done", t.code(), t.technicianName()));
        }
    }

    /** The optional comment after a rating. */
    @Component
    static class CommentForm extends ReporterForm {
        static final String NAME = "repair-comment";
        private static final String SKIP = "skip";

        CommentForm(Tickets tickets) {
            super(NAME, tickets);
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
                tickets.comment(ticket(data), in.userId(), comment, in.updateId());
            }
            in.say("repair.comment.thanks");
        }
    }
}
