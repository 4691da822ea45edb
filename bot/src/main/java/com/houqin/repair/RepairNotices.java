package com.houqin.repair;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * Everything the repair feature tells people on its own, through the outbox. Keys name the
 * ticket, the round and the event, so each notice goes out once.
 */
@Component
public class RepairNotices {

    private final Outbox outbox;
    private final People people;
    private final Technicians technicians;
    private final TicketCards cards;
    private final Texts texts;

    public RepairNotices(Outbox outbox, People people, Technicians technicians, TicketCards cards, Texts texts) {
        this.outbox = outbox;
        this.people = people;
        this.technicians = technicians;
        this.cards = cards;
        this.texts = texts;
    }

    static String offersGroup(Ticket t) {
        return "repair:" + t.number() + ":offers";
    }

    /** The job goes to every technician of its category; returns how many. */
    public int offer(Ticket t, String kind, String introKey) {
        List<Person> techs = technicians.forCategory(t.category());
        for (Person tech : techs) {
            outbox.enqueue(new Notification("repair:" + t.number() + ":r" + t.round() + ":" + kind + ":" + tech.id(),
                    offersGroup(t), tech.chatId(), cards.offer(tech.lang(), t, tech.id(), introKey)));
        }
        return techs.size();
    }

    /** The offers change to "taken by …" (or "cancelled"), without buttons. */
    public void closeOffers(Ticket t, String how, String textKey, Object... args) {
        outbox.updateGroup(offersGroup(t), how, chatId -> {
            Language lang = languageOf(chatId);
            return Outgoing.text(cards.headline(lang, t) + "\n📍 " + t.location() + "\n"
                    + texts.get(lang, textKey, args));
        });
    }

    public void tellReporter(Ticket t, String event, String textKey, Object... args) {
        people.find(t.reporterId()).ifPresent(reporter -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":reporter:" + event, null, reporter.chatId(),
                Outgoing.text(texts.get(reporter.lang(), textKey, args)))));
    }

    /** "Fixed?" to the reporter, with Fixed / Not fixed. */
    public void askReporterToConfirm(Ticket t) {
        people.find(t.reporterId()).ifPresent(reporter -> {
            Language lang = reporter.lang();
            Outgoing ask = Outgoing.builder(texts.get(lang, "repair.reporter.done", t.code(), t.technicianName()))
                    .photos(t.resultPhoto() == null ? List.of() : List.of(t.resultPhoto()))
                    .row(cards.confirmButtons(lang, t)).build();
            outbox.enqueue(new Notification("repair:" + t.number() + ":r" + t.round() + ":reporter:done", null,
                    reporter.chatId(), ask));
        });
    }

    /** A job card to its technician (after a reopen, or when handed over). */
    public void sendJobCard(Ticket t, String event, String introKey) {
        if (t.technicianId() == null) {
            return;
        }
        people.find(t.technicianId()).ifPresent(tech -> {
            Outgoing card = cards.jobCard(tech.lang(), t, tech.id());
            outbox.enqueue(new Notification("repair:" + t.number() + ":tech:" + event, null, tech.chatId(),
                    card.withText(texts.get(tech.lang(), introKey) + "\n" + card.text())));
        });
    }

    public void tellTechnician(Ticket t, String event, String textKey, Object... args) {
        if (t.technicianId() == null) {
            return;
        }
        people.find(t.technicianId()).ifPresent(tech -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":tech:" + event, null, tech.chatId(),
                Outgoing.text(texts.get(tech.lang(), textKey, args)))));
    }

    /** An escalation step: to the managers (and leads, when asked), each once. */
    public void escalate(Ticket t, String step, String textKey, boolean alsoLeads) {
        List<Person> to = new java.util.ArrayList<>(people.withRole(Role.MANAGER));
        if (alsoLeads) {
            to.addAll(technicians.leads());
        }
        to.stream().distinct().forEach(p -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":" + step + ":to:" + p.id(), null, p.chatId(),
                Outgoing.text(texts.get(p.lang(), textKey) + "\n" + cards.details(p.lang(), t)))));
    }

    public void toLeads(Ticket t, String step, String textKey) {
        technicians.leads().forEach(p -> outbox.enqueue(new Notification(
                "repair:" + t.number() + ":" + step + ":lead:" + p.id(), null, p.chatId(),
                Outgoing.text(texts.get(p.lang(), textKey) + "\n" + cards.details(p.lang(), t)))));
    }

    private Language languageOf(long chatId) {
        return people.find(chatId).map(Person::lang).orElse(Language.EN);
    }
}
