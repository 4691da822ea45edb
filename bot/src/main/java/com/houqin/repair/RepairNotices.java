package com.houqin.repair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.NoticeWriter;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.outbox.PendingNotice;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * Everything the repair feature tells people on its own. Each change of a ticket writes a notice
 * of what happened into the ticket ({@link Tickets}); this turns it into messages through the
 * outbox. Keys name the ticket, the round and the event, so each message goes out once however
 * often a notice is written out.
 */
@Component
public class RepairNotices implements NoticeWriter<Ticket> {

    static final String REPORTED = "reported";
    static final String ACCEPTED = "accepted";
    static final String STARTED = "started";
    static final String RESUMED = "resumed";
    static final String DONE = "done";
    static final String PROMISED = "promised";
    static final String PAUSED = "paused";
    static final String CONFIRMED = "confirmed";
    static final String RATED = "rated";
    static final String REOPENED = "reopened";
    static final String CANCELLED = "cancelled";
    static final String STEP = "step";
    static final String AUTO_CLOSED = "auto-closed";
    /** The changes after which the cards shown earlier no longer tell where the ticket stands. */
    private static final Set<String> MOVES_ON = Set.of(ACCEPTED, STARTED, RESUMED, DONE, PROMISED, PAUSED, CONFIRMED,
            REOPENED, CANCELLED, AUTO_CLOSED);

    private final Outbox outbox;
    private final People people;
    private final Technicians technicians;
    private final TicketCards cards;
    private final Texts texts;
    private final Formats formats;

    public RepairNotices(Outbox outbox, People people, Technicians technicians, TicketCards cards, Texts texts,
                         Formats formats) {
        this.outbox = outbox;
        this.people = people;
        this.technicians = technicians;
        this.cards = cards;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    public Class<Ticket> documentType() {
        return Ticket.class;
    }

    @Override
    public void write(Ticket t, PendingNotice notice) {
        String round = notice.args().getOrDefault("round", String.valueOf(t.round()));
        if (MOVES_ON.contains(notice.kind())) {
            cards.refresh(t, notice.id(), this::languageOf);
        }
        switch (notice.kind()) {
            case REPORTED -> {
                if (offer(t, "new", "repair.offer.new") == 0) {
                    escalate(t, "no-technician", "repair.escalate.no-technician", true);
                }
            }
            case ACCEPTED -> {
                closeOffers(t, "taken", "repair.offer.taken-by", t.technicianName());
                tellReporter(t, "r" + round + ":accepted", "repair.reporter.accepted", t.code(), t.technicianName());
            }
            case STARTED -> tellReporter(t, "r" + round + ":started", "repair.reporter.started", t.code(),
                    t.technicianName());
            case RESUMED -> tellReporter(t, "r" + round + ":resumed:" + notice.arg("due"), "repair.reporter.resumed",
                    t.code(), t.technicianName());
            case DONE -> askReporterToConfirm(t, round);
            case PROMISED -> promised(t, round, notice.arg("seq"));
            case PAUSED -> tellReporter(t, "r" + round + ":waiting:" + notice.arg("since"), "repair.reporter.waiting",
                    t.code(), t.waiting() == null ? "—" : t.waiting().reason());
            case CONFIRMED -> tellTechnician(t, "r" + round + ":confirmed", "repair.tech.confirmed", t.code(),
                    t.reporterName());
            case RATED -> tellTechnician(t, "rating", "repair.tech.rated", t.code(), "⭐".repeat(stars(notice)));
            case REOPENED -> sendJobCard(t, "r" + round + ":reopened", "repair.tech.reopened");
            case CANCELLED -> {
                closeOffers(t, "cancelled", "repair.offer.cancelled");
                tellTechnician(t, "cancelled", "repair.tech.cancelled", t.code(), t.reporterName());
            }
            case STEP -> step(t, notice.arg("step"));
            case AUTO_CLOSED -> tellReporter(t, "r" + round + ":auto-closed", "repair.reporter.auto-closed", t.code());
            default -> throw new IllegalArgumentException("no repair notice of kind " + notice.kind());
        }
    }

    /** The steps of the escalation ladder (see {@link RepairEscalationTask}). */
    private void step(Ticket t, String step) {
        if (step.startsWith("response:")) {
            offer(t, "reoffer", "repair.offer.reminder");
            toLeads(t, step, "repair.escalate.not-accepted");
        } else if (step.startsWith("overdue:")) {
            escalate(t, step, "repair.escalate.overdue", false);
            tellReporter(t, step, "repair.reporter.overdue", t.code());
        } else if (step.startsWith("promise:")) {
            escalate(t, step, "repair.escalate.promise-broken", false);
        }
    }

    static String offersGroup(Ticket t) {
        return "repair:" + t.number() + ":offers";
    }

    /** The job goes to every technician of its category; returns how many. */
    private int offer(Ticket t, String kind, String introKey) {
        List<Person> techs = technicians.forCategory(t.category());
        for (Person tech : techs) {
            outbox.enqueue(new Notification("repair:" + t.number() + ":r" + t.round() + ":" + kind + ":" + tech.id(),
                    offersGroup(t), tech.chatId(), cards.offer(tech.lang(), t, tech.id(), introKey)));
        }
        return techs.size();
    }

    /** The offers change to "taken by …" (or "cancelled"), without buttons. */
    private void closeOffers(Ticket t, String how, String textKey, Object... args) {
        outbox.updateGroup(offersGroup(t), how, chatId -> {
            Language lang = languageOf(chatId);
            return Outgoing.text(cards.headline(lang, t) + "\n📍 " + t.location() + "\n"
                    + texts.get(lang, textKey, args));
        });
    }

    private void tellReporter(Ticket t, String event, String textKey, Object... args) {
        people.find(t.reporterId()).ifPresent(reporter -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":reporter:" + event, null, reporter.chatId(),
                Outgoing.text(texts.get(reporter.lang(), textKey, args)))));
    }

    private void promised(Ticket t, String round, String seq) {
        Ticket.Promise promise = t.promise();
        if (promise == null || !String.valueOf(promise.seq()).equals(seq)) {
            return; // a later promise replaced it before this notice went out; that one is told instead
        }
        Instant at = promise.promisedAt();
        tellReporter(t, "r" + round + ":promise:" + seq, "repair.reporter.delayed", t.code(), t.technicianName(),
                promise.reason(), formats.dateTime(at));
    }

    /** "Fixed?" to the reporter, with Fixed / Not fixed. */
    private void askReporterToConfirm(Ticket t, String round) {
        people.find(t.reporterId()).ifPresent(reporter -> {
            Language lang = reporter.lang();
            Outgoing ask = Outgoing.builder(cards.fixedQuestion(lang, t))
                    .photos(t.resultPhoto() == null ? List.of() : List.of(t.resultPhoto()))
                    .row(cards.confirmButtons(lang, t)).build();
            outbox.enqueue(new Notification("repair:" + t.number() + ":r" + round + ":reporter:done", TicketCards.asksGroup(t),
                    reporter.chatId(), ask));
        });
    }

    /** A job card to its technician (after a reopen). */
    private void sendJobCard(Ticket t, String event, String introKey) {
        if (t.technicianId() == null) {
            return;
        }
        people.find(t.technicianId()).ifPresent(tech -> {
            Outgoing card = cards.jobCard(tech.lang(), t, tech.id());
            outbox.enqueue(new Notification("repair:" + t.number() + ":tech:" + event, TicketCards.cardsGroup(t),
                    tech.chatId(),
                    card.withText(texts.get(tech.lang(), introKey) + "\n" + card.text())));
        });
    }

    private void tellTechnician(Ticket t, String event, String textKey, Object... args) {
        if (t.technicianId() == null) {
            return;
        }
        people.find(t.technicianId()).ifPresent(tech -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":tech:" + event, null, tech.chatId(),
                Outgoing.text(texts.get(tech.lang(), textKey, args)))));
    }

    /** An escalation step: to the managers (and leads, when asked), each once. */
    private void escalate(Ticket t, String step, String textKey, boolean alsoLeads) {
        List<Person> to = new ArrayList<>(people.withRole(Role.MANAGER));
        if (alsoLeads) {
            to.addAll(technicians.leads());
        }
        to.stream().distinct().forEach(p -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":" + step + ":to:" + p.id(), null, p.chatId(),
                Outgoing.text(texts.get(p.lang(), textKey) + "\n" + cards.details(p.lang(), t)))));
    }

    private void toLeads(Ticket t, String step, String textKey) {
        technicians.leads().forEach(p -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":" + step + ":lead:" + p.id(), null, p.chatId(),
                Outgoing.text(texts.get(p.lang(), textKey) + "\n" + cards.details(p.lang(), t)))));
    }

    private static int stars(PendingNotice notice) {
        try {
            return Math.max(1, Math.min(5, Integer.parseInt(notice.arg("stars"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Language languageOf(long chatId) {
        return people.find(chatId).map(Person::lang).orElse(Language.EN);
    }
}
