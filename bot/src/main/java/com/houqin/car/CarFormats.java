package com.houqin.car;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.People;
import com.houqin.people.Person;

/** The small pieces every car message is made of: times, cars, riders, places. */
@Component
class CarFormats {

    private final Texts texts;
    private final Formats formats;
    private final Fleet fleet;
    private final People people;

    CarFormats(Texts texts, Formats formats, Fleet fleet, People people) {
        this.texts = texts;
        this.formats = formats;
        this.fleet = fleet;
        this.people = people;
    }

    String t(Language lang, String key, Object... args) {
        return texts.get(lang, key, args);
    }

    String time(Instant t) {
        return formats.time(t);
    }

    String date(LocalDate day, Language lang) {
        return formats.dateWithDay(day, lang);
    }

    String date(CarDay day, Language lang) {
        return date(day.day(), lang);
    }

    String people(Language lang, int count) {
        return t(lang, "car.people", count);
    }

    /** "VAN-1 (van, 7 seats)". */
    String vehicle(Language lang, String plate) {
        return fleet.vehicle(plate).map(v -> vehicle(lang, v)).orElse(plate);
    }

    String vehicle(Language lang, Vehicle v) {
        return t(lang, "car.vehicle", v.plate(), kind(lang, v.kind()), v.seats());
    }

    String kind(Language lang, String kind) {
        if (kind == null || kind.isBlank()) {
            return "—";
        }
        String key = "car.kind." + kind.toLowerCase(Locale.ROOT);
        return texts.has(lang, key) ? t(lang, key) : kind;
    }

    /** "Bob Wu (HR, 2 people)". */
    String rider(Language lang, Booking b) {
        return t(lang, "car.rider", b.requesterName(), b.department() == null ? "—" : b.department(),
                people(lang, b.passengers()));
    }

    String riders(Language lang, List<Booking> riders) {
        return riders.stream().map(b -> rider(lang, b)).collect(Collectors.joining(", "));
    }

    /**
     * A rider as their driver reads it, with their @username (Telegram makes it a link to their
     * chat) when they have one: the bot collects no phone numbers.
     */
    String riderLine(Language lang, Booking r) {
        String contact = people.find(r.requesterId()).map(Person::username).filter(u -> !u.isBlank())
                .map(u -> t(lang, "car.rider-contact", u)).orElse("");
        return t(lang, "car.rider-line", r.requesterName(), r.department() == null ? "—" : r.department(),
                r.passengers(), r.destination(), time(r.departure()), contact);
    }

    String riderLines(Language lang, List<Booking> riders) {
        return riders.stream().map(r -> riderLine(lang, r)).collect(Collectors.joining("\n"));
    }

    /** Where a trip goes: its riders' destinations, each once. */
    String destinations(List<Booking> riders) {
        return riders.stream().map(Booking::destination).distinct().collect(Collectors.joining(" / "));
    }

    String destinationWithDirection(Booking b) {
        return b.direction() == null ? b.destination() : b.destination() + " [" + b.direction() + "]";
    }

    /** A decline's reason as the requester reads it: a chosen one in their language, typed ones as typed. */
    String reason(Language lang, String reason) {
        if (reason == null || reason.isBlank()) {
            return "—";
        }
        if (reason.startsWith(RejectForm.REASON_PREFIX)) {
            String key = "car.reject-reason." + reason.substring(RejectForm.REASON_PREFIX.length());
            return texts.has(lang, key) ? t(lang, key) : reason;
        }
        return reason;
    }
}
