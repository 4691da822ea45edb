package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;
import com.houqin.scheduler.BusinessCalendar;

/**
 * /car: date → departure → destination → return → passengers → purpose → confirm. Each
 * question has buttons for the usual answers and takes typed ones ("tomorrow", "9:30",
 * "下午3点"). Everything is checked again on Confirm, since time passes while a form is open:
 * what no longer holds is asked again, and the rest is kept.
 */
@Component
class CarForm implements FormDefinition {

    static final String NAME = "car";
    static final String DATE = "date";
    static final String TIME = "time";
    static final String DESTINATION = "destination";
    static final String RETURN = "return";
    static final String PASSENGERS = "passengers";
    static final String PURPOSE = "purpose";

    private static final String KNOWN = "id:";
    private static final String TYPED = "text:";
    private static final int MAX_PURPOSE = 200;
    private static final int MAX_DESTINATION = 60;
    private static final int DESTINATION_BUTTONS = 8;
    private static final int PASSENGER_BUTTONS = 8;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final List<LocalTime> COMMON_TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(8, 30),
            LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0),
            LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(16, 0));
    private static final Pattern PEOPLE = Pattern.compile("(\\d{1,6})\\s*(人|位|個|个|people|persons?|pax)?",
            Pattern.CASE_INSENSITIVE);

    private final Fleet fleet;
    private final CarBookings bookings;
    private final CarProperties properties;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ObjectProvider<FormEngine> forms;

    CarForm(Fleet fleet, CarBookings bookings, CarProperties properties, BusinessCalendar calendar, Clock clock,
            ObjectProvider<FormEngine> forms) {
        this.fleet = fleet;
        this.bookings = bookings;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
        this.forms = forms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Step> steps() {
        Map<String, String> editable = new LinkedHashMap<>();
        editable.put(DATE, "car.edit.date");
        editable.put(TIME, "car.edit.time");
        editable.put(DESTINATION, "car.edit.destination");
        editable.put(RETURN, "car.edit.return");
        editable.put(PASSENGERS, "car.edit.passengers");
        editable.put(PURPOSE, "car.edit.purpose");
        return List.of(
                Question.ask(DATE).prompt("car.ask-date").choices(this::dates).perRow(3)
                        .text((in, d, text) -> parseDate(text)).build(),
                Question.ask(TIME).prompt((in, d) -> in.t("car.ask-time", dayLabel(in, date(d))))
                        .choices(this::times).perRow(4).text(this::parseTime).build(),
                Question.ask(DESTINATION).prompt("car.ask-destination").choices(this::destinations).perRow(2)
                        .text((in, d, text) -> parseDestination(text)).build(),
                Question.ask(RETURN).prompt((in, d) -> in.t("car.ask-return", d.get(TIME)))
                        .choices(this::returns).perRow(4).text(this::parseReturn).build(),
                Question.ask(PASSENGERS).prompt((in, d) -> in.t("car.ask-passengers", fleet.largestSeats()))
                        .choices(this::passengerChoices).perRow(4).text((in, d, text) -> parsePassengers(text)).build(),
                Question.ask(PURPOSE).prompt("car.ask-purpose").freeText(MAX_PURPOSE).build(),
                new ConfirmStep(this::summary, editable));
    }

    private List<Choice> dates(Incoming in, FormData data) {
        LocalDate today = calendar.today(clock);
        List<Choice> choices = new ArrayList<>();
        if (!remainingTimes(today).isEmpty()) {
            choices.add(new Choice(in.t("car.day.today"), today.toString()));
        }
        choices.add(new Choice(in.t("car.day.tomorrow"), today.plusDays(1).toString()));
        for (int i = 2; i <= 4; i++) {
            LocalDate d = today.plusDays(i);
            String shown = d.getYear() == today.getYear() ? MONTH_DAY.format(d) : d.toString();
            choices.add(new Choice(weekday(in, d) + " " + shown, d.toString()));
        }
        return choices;
    }

    private Parsed parseDate(String text) {
        LocalDate today = calendar.today(clock);
        Optional<LocalDate> date = DateTimeInputs.date(text, today);
        if (date.isEmpty()) {
            return Parsed.error("car.bad-date");
        }
        return checkDate(date.get()).map(key -> Parsed.error(key, properties.bookAheadDays()))
                .orElseGet(() -> Parsed.ok(date.get().toString()));
    }

    private Optional<String> checkDate(LocalDate date) {
        LocalDate today = calendar.today(clock);
        if (date.isBefore(today)) {
            return Optional.of("car.date-past");
        }
        if (date.isAfter(today.plusDays(properties.bookAheadDays()))) {
            return Optional.of("car.date-too-far");
        }
        return Optional.empty();
    }

    private List<Choice> times(Incoming in, FormData data) {
        return remainingTimes(date(data)).stream().map(t -> new Choice(HH_MM.format(t), HH_MM.format(t))).toList();
    }

    private List<LocalTime> remainingTimes(LocalDate date) {
        Instant now = clock.instant();
        return COMMON_TIMES.stream().filter(t -> calendar.at(date, t).toInstant().isAfter(now)).toList();
    }

    private Parsed parseTime(Incoming in, FormData data, String text) {
        Optional<LocalTime> time = DateTimeInputs.time(text);
        if (time.isEmpty()) {
            return Parsed.error("car.bad-time");
        }
        if (!at(date(data), time.get()).isAfter(clock.instant())) {
            return Parsed.error("car.time-past", HH_MM.format(time.get()));
        }
        return Parsed.ok(HH_MM.format(time.get()));
    }

    private List<Choice> destinations(Incoming in, FormData data) {
        return fleet.frequentDestinations().stream().limit(DESTINATION_BUTTONS)
                .map(d -> new Choice(d.name(), KNOWN + d.id())).toList();
    }

    private Parsed parseDestination(String text) {
        Optional<Destination> known = fleet.destinationNamed(text).filter(Destination::active);
        if (known.isPresent()) {
            return Parsed.ok(KNOWN + known.get().id());
        }
        Parsed typed = TextLimits.check(text, MAX_DESTINATION);
        if (!typed.isOk()) {
            return typed;
        }
        if (typed.value().codePointCount(0, typed.value().length()) < 2) {
            return Parsed.error("car.destination-too-short");
        }
        return Parsed.ok(TYPED + typed.value());
    }

    private List<Choice> returns(Incoming in, FormData data) {
        LocalDate date = date(data);
        LocalTime departure = LocalTime.parse(data.get(TIME));
        List<LocalTime> times = new ArrayList<>();
        for (int hours = 1; hours <= 4; hours++) {
            LocalTime t = departure.plusHours(hours);
            if (t.isAfter(departure)) {
                times.add(t);
            }
        }
        LocalTime workEnds = calendar.workEnds();
        if (workEnds.isAfter(departure.plusHours(4)) && departure.isBefore(LocalTime.of(20, 0))) {
            times.add(workEnds);
        }
        return times.stream().filter(t -> at(date, t).isAfter(at(date, departure)))
                .map(t -> new Choice(HH_MM.format(t), HH_MM.format(t))).toList();
    }

    private Parsed parseReturn(Incoming in, FormData data, String text) {
        Optional<LocalTime> time = DateTimeInputs.time(text);
        if (time.isEmpty()) {
            return Parsed.error("car.bad-time");
        }
        if (!time.get().isAfter(LocalTime.parse(data.get(TIME)))) {
            return Parsed.error("car.return-before-departure", data.get(TIME));
        }
        return Parsed.ok(HH_MM.format(time.get()));
    }

    private List<Choice> passengerChoices(Incoming in, FormData data) {
        int max = Math.min(PASSENGER_BUTTONS, fleet.largestSeats());
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= max; i++) {
            choices.add(new Choice(String.valueOf(i), String.valueOf(i)));
        }
        return choices;
    }

    private Parsed parsePassengers(String text) {
        Matcher m = PEOPLE.matcher(text.strip());
        if (!m.matches()) {
            return Parsed.error("car.passengers-number");
        }
        int count = Integer.parseInt(m.group(1));
        return checkPassengers(count).map(key -> Parsed.error(key, fleet.largestSeats()))
                .orElseGet(() -> Parsed.ok(String.valueOf(count)));
    }

    private Optional<String> checkPassengers(int count) {
        if (count < 1) {
            return Optional.of("car.passengers-too-few");
        }
        if (count > fleet.largestSeats()) {
            return Optional.of("car.passengers-too-many");
        }
        return Optional.empty();
    }

    private String summary(Incoming in, FormData data) {
        return in.t("car.confirm", dayLabel(in, date(data)) + " " + data.get(DATE), data.get(TIME),
                destinationName(data.get(DESTINATION)), data.get(RETURN), data.get(PASSENGERS), data.get(PURPOSE));
    }

    @Override
    public void complete(Incoming in, FormData data) {
        LocalDate date = date(data);
        Instant departure = at(date, LocalTime.parse(data.get(TIME)));
        Instant back = at(date, LocalTime.parse(data.get(RETURN)));
        Optional<Destination> known = knownDestination(data.get(DESTINATION));
        Optional<Recheck> problem = checkDate(date).map(key -> new Recheck(DATE, key, properties.bookAheadDays()));
        if (problem.isEmpty() && !departure.isAfter(clock.instant())) {
            problem = Optional.of(new Recheck(TIME, "car.time-passed", data.get(TIME)));
        }
        if (problem.isEmpty() && !back.isAfter(departure)) {
            problem = Optional.of(new Recheck(RETURN, "car.return-before-departure", data.get(TIME)));
        }
        if (problem.isEmpty()) {
            problem = checkPassengers(Integer.parseInt(data.get(PASSENGERS)))
                    .map(key -> new Recheck(PASSENGERS, key, fleet.largestSeats()));
        }
        if (problem.isEmpty() && data.get(DESTINATION).startsWith(KNOWN) && known.isEmpty()) {
            problem = Optional.of(new Recheck(DESTINATION, "car.destination-gone"));
        }
        if (problem.isPresent()) {
            askAgain(in, data, problem.get());
            return;
        }
        CarBookings.Booked booked = bookings.book(in.approvedPerson(), new CarBookings.Request(date, departure, back,
                destinationName(data.get(DESTINATION)), known.map(Destination::id).orElse(null),
                known.map(Destination::direction).orElse(null), Integer.parseInt(data.get(PASSENGERS)),
                data.get(PURPOSE)), data.formId());
        if (booked.dispatchers() == 0) {
            in.say("car.no-dispatchers", String.valueOf(booked.booking().no()));
        }
    }

    /** An answer that no longer holds at Confirm: why (a bundle key), and the question to ask again. */
    private record Recheck(String step, String key, Object... args) {
    }

    /** Says what no longer holds and asks that question again, keeping every other answer. */
    private void askAgain(Incoming in, FormData data, Recheck problem) {
        in.say(problem.key(), problem.args());
        forms.getObject().start(in, NAME, data.remove(problem.step()).asMap());
    }

    private Optional<Destination> knownDestination(String value) {
        return value != null && value.startsWith(KNOWN) ? fleet.destination(value.substring(KNOWN.length()))
                : Optional.empty();
    }

    private String destinationName(String value) {
        if (value == null) {
            return "—";
        }
        if (value.startsWith(TYPED)) {
            return value.substring(TYPED.length());
        }
        return knownDestination(value).map(Destination::name).orElse(value.substring(KNOWN.length()));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return calendar.at(date, time).toInstant();
    }

    private LocalDate date(FormData data) {
        return LocalDate.parse(data.get(DATE));
    }

    private String dayLabel(Incoming in, LocalDate date) {
        LocalDate today = calendar.today(clock);
        if (date.equals(today)) {
            return in.t("car.day.today");
        }
        if (date.equals(today.plusDays(1))) {
            return in.t("car.day.tomorrow");
        }
        return weekday(in, date);
    }

    private static String weekday(Incoming in, LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, in.language().locale());
    }
}
