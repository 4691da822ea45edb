package com.houqin.repair;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;

import com.houqin.chat.Buttons;
import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.Outbox;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** How a ticket reads to each person, and the buttons each may press on it. */
@Component
public class TicketCards {

    static final String ACCEPT = "repair.accept";
    static final String START = "repair.start";
    static final String DONE = "repair.done";
    static final String DELAY = "repair.delay";
    static final String WAIT = "repair.wait";
    static final String RESUME = "repair.resume";
    static final String OPEN = "repair.open";
    static final String CONFIRM = "repair.confirm";
    static final String REOPEN = "repair.reopen";
    static final String CANCEL = "repair.cancel";
    static final String RATE = "repair.rate";
    /** The argument naming the ticket, on its buttons and in the forms they open. */
    static final String TICKET = "ticket";

    private final Texts texts;
    private final Formats formats;
    private final Buttons buttons;
    private final Outbox outbox;

    public TicketCards(Texts texts, Formats formats, Buttons buttons, Outbox outbox) {
        this.texts = texts;
        this.formats = formats;
        this.buttons = buttons;
        this.outbox = outbox;
    }

    /** The cards of one ticket that carry buttons (job cards, the reporter's): see {@link #refresh}. */
    static String cardsGroup(Ticket t) {
        return "repair:" + t.number() + ":cards";
    }

    /** The "Is it fixed?" questions of one ticket. */
    static String asksGroup(Ticket t) {
        return "repair:" + t.number() + ":asks";
    }

    /** Sends a card about the ticket in reply, remembered so that it is edited when the ticket moves on. */
    void show(com.houqin.chat.Incoming in, Ticket t, Outgoing card) {
        outbox.remember(cardsGroup(t), in.chatId(), in.reply(card));
    }

    /**
     * The ticket moved on: the cards shown earlier are edited to say where it stands, with only the
     * buttons that still apply, and an answered "Is it fixed?" shows the answer instead of its
     * buttons. {@code editName} makes each change edit them once.
     */
    void refresh(Ticket t, String editName, LongFunction<Language> languageOf) {
        outbox.updateGroup(cardsGroup(t), editName, chatId -> {
            Language lang = languageOf.apply(chatId);
            if (t.isOwnedBy(chatId)) {
                return jobCard(lang, t, chatId);
            }
            return t.reporterId() == chatId ? reporterCard(lang, t) : Outgoing.text(details(lang, t));
        });
        if (t.status() != TicketStatus.DONE) {
            outbox.updateGroup(asksGroup(t), editName, chatId -> Outgoing.text(
                    fixedQuestion(languageOf.apply(chatId), t) + "\n→ " + status(languageOf.apply(chatId), t)));
        }
    }

    String fixedQuestion(Language lang, Ticket t) {
        return texts.get(lang, "repair.reporter.done", t.code(), t.technicianName());
    }

    /** The full description of a ticket. */
    public String details(Language lang, Ticket t) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(lang, t));
        lines.add("📍 " + t.location());
        lines.add("📝 " + t.description());
        if (!t.photos().isEmpty()) {
            lines.add(texts.get(lang, "repair.card.photos", t.photos().size()));
        }
        lines.add(texts.get(lang, "repair.card.reporter", t.reporterName(), orDash(t.department()),
                formats.shortDateTime(t.createdAt())));
        lines.add(status(lang, t));
        if (t.isOpen() && t.status() != TicketStatus.WAITING) {
            lines.add(texts.get(lang, "repair.card.due", formats.shortDateTime(t.dueAt())));
        }
        Ticket.Promise promise = t.currentPromise();
        if (promise != null && t.isOpen()) {
            lines.add(texts.get(lang, "repair.card.promise", formats.shortDateTime(promise.promisedAt()),
                    promise.reason()));
        }
        if (t.waiting() != null && t.status() == TicketStatus.WAITING) {
            lines.add(texts.get(lang, "repair.card.waiting", t.waiting().reason(),
                    formats.shortDateTime(t.waiting().since())));
        }
        if (t.round() > 1 && t.reopenReason() != null) {
            lines.add(texts.get(lang, "repair.card.reopened", t.reopenReason()));
        }
        return String.join("\n", lines);
    }

    public String headline(Language lang, Ticket t) {
        return (t.urgent() ? "🚨 " : "") + t.code() + " · " + t.category().icon() + " "
                + texts.get(lang, t.category().textKey()) + (t.urgent() ? " · " + texts.get(lang, "repair.urgent") : "");
    }

    public String status(Language lang, Ticket t) {
        String state = texts.get(lang, t.status().textKey());
        return t.technicianName() == null ? texts.get(lang, "repair.card.status", state)
                : texts.get(lang, "repair.card.status-by", state, t.technicianName());
    }

    /** One line, for lists and the summary. */
    public String line(Language lang, Ticket t, Instant now) {
        return (t.urgent() ? "🚨 " : "") + t.code() + " " + t.category().icon() + " " + shorten(t.location(), 40)
                + " · " + texts.get(lang, t.status().textKey())
                + (t.technicianName() == null ? "" : " · " + t.technicianName())
                + " · " + age(lang, Duration.between(t.createdAt(), now));
    }

    /** A new job offered to a technician, with Accept. */
    public Outgoing offer(Language lang, Ticket t, long technicianId, String introKey) {
        return Outgoing.builder(texts.get(lang, introKey) + "\n" + details(lang, t)).photos(t.photos())
                .row(button(lang, "repair.button.accept", ACCEPT, t, technicianId)).build();
    }

    /** The owner's card with what they can do next. */
    public Outgoing jobCard(Language lang, Ticket t, long technicianId) {
        Outgoing.Builder card = Outgoing.builder(details(lang, t));
        switch (t.status()) {
            case ACCEPTED -> card.row(button(lang, "repair.button.start", START, t, technicianId),
                            button(lang, "repair.button.done", DONE, t, technicianId))
                    .row(button(lang, "repair.button.delay", DELAY, t, technicianId),
                            button(lang, "repair.button.wait", WAIT, t, technicianId));
            case IN_PROGRESS -> card.row(button(lang, "repair.button.done", DONE, t, technicianId))
                    .row(button(lang, "repair.button.delay", DELAY, t, technicianId),
                            button(lang, "repair.button.wait", WAIT, t, technicianId));
            case WAITING -> card.row(button(lang, "repair.button.resume", RESUME, t, technicianId));
            default -> { }
        }
        return card.build();
    }

    /** The reporter's view, with Cancel while nobody started, or Fixed / Not fixed once done. */
    public Outgoing reporterCard(Language lang, Ticket t) {
        Outgoing.Builder card = Outgoing.builder(t.status() == TicketStatus.CANCELLED
                ? texts.get(lang, "repair.cancelled", t.code()) + "\n" + details(lang, t) : details(lang, t));
        if (t.status() == TicketStatus.NEW || t.status() == TicketStatus.ACCEPTED) {
            card.row(button(lang, "repair.button.cancel", CANCEL, t, t.reporterId()));
        } else if (t.status() == TicketStatus.DONE) {
            card.row(confirmButtons(lang, t));
        }
        return card.build();
    }

    List<Button> confirmButtons(Language lang, Ticket t) {
        return List.of(button(lang, "repair.button.fixed", CONFIRM, t, t.reporterId()),
                button(lang, "repair.button.not-fixed", REOPEN, t, t.reporterId()));
    }

    List<Button> ratingButtons(Ticket t) {
        List<Button> stars = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            stars.add(buttons.create(i + "⭐", RATE,
                    Map.of(TICKET, String.valueOf(t.number()), "stars", String.valueOf(i)), t.reporterId()));
        }
        return stars;
    }

    static Map<String, String> ticketArgs(Ticket t) {
        return Map.of(TICKET, String.valueOf(t.number()));
    }

    Button openButton(Language lang, Ticket t, long ownerId) {
        return buttons.create(t.code() + " ▸", OPEN, ticketArgs(t), ownerId);
    }

    Button button(Language lang, String labelKey, String action, Ticket t, long ownerId) {
        return buttons.create(texts.get(lang, labelKey), action, ticketArgs(t), ownerId);
    }

    public String age(Language lang, Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return texts.get(lang, "repair.age.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return texts.get(lang, "repair.age.hours", minutes / 60, minutes % 60);
        }
        return texts.get(lang, "repair.age.days", minutes / (24 * 60), (minutes / 60) % 24);
    }

    static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
