package com.houqin.repair;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.PhotoStep;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;
import com.houqin.i18n.Formats;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;

/** The questions behind a technician's Done, Cannot finish today and Waiting buttons. */
final class TechnicianForms {

    private TechnicianForms() {
    }

    abstract static class TechnicianForm extends TicketForm {
        TechnicianForm(String name, Tickets tickets) {
            super(name, "/tickets", tickets);
        }

        @Override
        public Access access() {
            return Access.roles(Role.TECHNICIAN);
        }
    }

    /** Done: an optional photo of the result, then the reporter is asked to confirm. */
    @Component
    static class DoneForm extends TechnicianForm {
        static final String NAME = "repair-done";

        DoneForm(Tickets tickets) {
            super(NAME, tickets);
        }

        @Override
        public List<Step> steps() {
            return List.of(new PhotoStep("result", "repair.done.ask-photo", 3));
        }

        @Override
        public void complete(Incoming in, FormData data) {
            List<String> photos = data.getList("result");
            whenChanged(in, tickets.finish(ticket(data), in.userId(), photos.isEmpty() ? null : photos.get(0),
                    in.updateId()), t -> in.say("repair.done.recorded", t.code()));
        }
    }

    /** Cannot finish today: why, and by when — the reporter is told both. */
    @Component
    static class DelayForm extends TechnicianForm {
        static final String NAME = "repair-delay";
        private static final Duration FURTHEST = Duration.ofDays(60);
        private final TicketCards cards;
        private final BusinessCalendar calendar;
        private final Formats formats;
        private final Clock clock;

        DelayForm(Tickets tickets, TicketCards cards, BusinessCalendar calendar, Formats formats, Clock clock) {
            super(NAME, tickets);
            this.cards = cards;
            this.calendar = calendar;
            this.formats = formats;
            this.clock = clock;
        }

        @Override
        public List<Step> steps() {
            return List.of(
                    Question.ask("reason").prompt("repair.delay.ask-reason").freeText(300).build(),
                    Question.ask("promise").prompt("repair.delay.ask-when").perRow(1)
                            .choices((in, d) -> suggestions(in))
                            .text((in, d, text) -> promisedTime(text))
                            .build());
        }

        private List<Choice> suggestions(Incoming in) {
            LocalDate today = calendar.today(clock);
            LocalDate next = calendar.nextWorkingDay(today);
            List<Choice> choices = new ArrayList<>();
            Instant endToday = calendar.endOfWorkingDay(today);
            if (endToday.isAfter(clock.instant()) && calendar.isWorkingDay(today)) {
                choices.add(new Choice(in.t("repair.delay.today-end", formats.time(endToday)), endToday.toString()));
            }
            Instant noon = calendar.at(next, java.time.LocalTime.NOON).toInstant();
            Instant endNext = calendar.endOfWorkingDay(next);
            choices.add(new Choice(formats.shortDateTime(noon), noon.toString()));
            choices.add(new Choice(formats.shortDateTime(endNext), endNext.toString()));
            Instant endAfter = calendar.endOfWorkingDay(calendar.nextWorkingDay(next));
            choices.add(new Choice(formats.shortDateTime(endAfter), endAfter.toString()));
            return choices;
        }

        private Parsed promisedTime(String text) {
            LocalDate today = calendar.today(clock);
            Optional<LocalDateTime> when = DateTimeInputs.dateTime(text, today);
            Instant at;
            if (when.isPresent()) {
                at = when.get().atZone(calendar.zone()).toInstant();
            } else {
                Optional<LocalDate> day = DateTimeInputs.date(text, today);
                if (day.isEmpty()) {
                    return Parsed.error("repair.delay.unreadable");
                }
                at = calendar.endOfWorkingDay(day.get());
            }
            if (!at.isAfter(clock.instant())) {
                return Parsed.error("repair.delay.in-the-past", formats.dateTime(at));
            }
            if (at.isAfter(clock.instant().plus(FURTHEST))) {
                return Parsed.error("repair.delay.too-far");
            }
            return Parsed.ok(at.toString());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            Instant promised = Instant.parse(data.get("promise"));
            if (!promised.isAfter(clock.instant())) {
                in.say("repair.delay.in-the-past", formats.dateTime(promised));
                return;
            }
            whenChanged(in, tickets.promise(ticket(data), in.userId(), data.get("reason"), promised, in.updateId()),
                    t -> {
                        in.say("repair.delay.recorded", t.code(), formats.dateTime(promised));
                        cards.show(in, t, cards.jobCard(in.language(), t, in.userId()));
                    });
        }
    }

    /** Waiting for parts or access: the reason, and the clocks stop until Resume. */
    @Component
    static class WaitForm extends TechnicianForm {
        static final String NAME = "repair-wait";
        private final TicketCards cards;

        WaitForm(Tickets tickets, TicketCards cards) {
            super(NAME, tickets);
            this.cards = cards;
        }

        @Override
        public List<Step> steps() {
            return List.of(Question.ask("reason").prompt("repair.wait.ask-reason").perRow(2)
                    .choices((in, d) -> List.of(new Choice(in.t("repair.wait.parts"), in.t("repair.wait.parts")),
                            new Choice(in.t("repair.wait.access"), in.t("repair.wait.access"))))
                    .text((in, d, text) -> TextLimits.check(text, 200))
                    .build());
        }

        @Override
        public void complete(Incoming in, FormData data) {
            whenChanged(in, tickets.pause(ticket(data), in.userId(), data.get("reason"), in.updateId()),
                    t -> cards.show(in, t, cards.jobCard(in.language(), t, in.userId())));
        }
    }
}
