package com.houqin.car;

import static com.houqin.car.CarForm.DATE;
import static com.houqin.car.CarForm.DESTINATION;
import static com.houqin.car.CarForm.PASSENGERS;
import static com.houqin.car.CarForm.PURPOSE;
import static com.houqin.car.CarForm.RETURN;
import static com.houqin.car.CarForm.TIME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.ConfirmStep;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.chat.form.TextLimits;

/**
 * The questions of {@link CarForm} in order (when: {@link CarFormTimes}), each with buttons for the
 * usual answers and taking typed ones, then Confirm. A destination from the list is kept as its
 * id, a typed one as its text.
 */
@Component
class CarFormQuestions {

    private static final String KNOWN = "id:";
    private static final String TYPED = "text:";
    private static final int MAX_PURPOSE = 200;
    private static final int MAX_DESTINATION = 60;
    private static final int DESTINATION_BUTTONS = 8;
    private static final int PASSENGER_BUTTONS = 8;
    private static final Pattern PEOPLE = Pattern.compile("(\\d{1,6})\\s*(人|位|個|个|people|persons?|pax)?",
            Pattern.CASE_INSENSITIVE);

    private final CarFormTimes when;
    private final Fleet fleet;

    CarFormQuestions(CarFormTimes when, Fleet fleet) {
        this.when = when;
        this.fleet = fleet;
    }

    /** The questions in order, then Confirm (with a button per answer to change). */
    List<Step> steps() {
        Map<String, String> editable = new LinkedHashMap<>();
        editable.put(DATE, "car.edit.date");
        editable.put(TIME, "car.edit.time");
        editable.put(DESTINATION, "car.edit.destination");
        editable.put(RETURN, "car.edit.return");
        editable.put(PASSENGERS, "car.edit.passengers");
        editable.put(PURPOSE, "car.edit.purpose");
        return List.of(
                Question.ask(DATE).prompt("car.ask-date").choices(when::dates).perRow(3)
                        .text((in, d, text) -> when.parseDate(text)).build(),
                Question.ask(TIME).prompt((in, d) -> in.t("car.ask-time", when.dayLabel(in, when.date(d))))
                        .choices(when::times).perRow(4).text(when::parseTime).build(),
                Question.ask(DESTINATION).prompt("car.ask-destination").choices(this::destinations).perRow(2)
                        .text((in, d, text) -> parseDestination(text)).build(),
                Question.ask(RETURN).prompt((in, d) -> in.t("car.ask-return", d.get(TIME)))
                        .choices(when::returns).perRow(4).text(when::parseReturn).build(),
                Question.ask(PASSENGERS).prompt((in, d) -> in.t("car.ask-passengers", fleet.largestSeats()))
                        .choices(this::passengerChoices).perRow(4).text((in, d, text) -> parsePassengers(text)).build(),
                Question.ask(PURPOSE).prompt("car.ask-purpose").freeText(MAX_PURPOSE).build(),
                new ConfirmStep(this::summary, editable));
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

    Optional<String> checkPassengers(int count) {
        if (count < 1) {
            return Optional.of("car.passengers-too-few");
        }
        if (count > fleet.largestSeats()) {
            return Optional.of("car.passengers-too-many");
        }
        return Optional.empty();
    }

    private String summary(Incoming in, FormData data) {
        return in.t("car.confirm", when.dayLabel(in, when.date(data)) + " " + data.get(DATE), data.get(TIME),
                destinationName(data.get(DESTINATION)), data.get(RETURN), data.get(PASSENGERS), data.get(PURPOSE));
    }

    /** Whether the answer was a destination from the list (which may be gone by now). */
    static boolean fromList(String value) {
        return value.startsWith(KNOWN);
    }

    Optional<Destination> knownDestination(String value) {
        return value != null && value.startsWith(KNOWN) ? fleet.destination(value.substring(KNOWN.length()))
                : Optional.empty();
    }

    String destinationName(String value) {
        if (value == null) {
            return "—";
        }
        if (value.startsWith(TYPED)) {
            return value.substring(TYPED.length());
        }
        return knownDestination(value).map(Destination::name).orElse(value.substring(KNOWN.length()));
    }

}
