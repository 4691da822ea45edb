package com.houqin.car;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Step;

/**
 * /car: date → departure → destination → return → passengers → purpose → confirm (the questions
 * are {@link CarFormQuestions}). Everything is checked again on Confirm, since time passes while a
 * form is open: what no longer holds is asked again, and the rest is kept.
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

    private final CarFormQuestions questions;
    private final CarFormTimes when;
    private final Fleet fleet;
    private final CarBookings bookings;
    private final CarProperties properties;
    private final Clock clock;
    private final ObjectProvider<FormEngine> forms;

    CarForm(CarFormQuestions questions, CarFormTimes when, Fleet fleet, CarBookings bookings,
            CarProperties properties, Clock clock, ObjectProvider<FormEngine> forms) {
        this.questions = questions;
        this.when = when;
        this.fleet = fleet;
        this.bookings = bookings;
        this.properties = properties;
        this.clock = clock;
        this.forms = forms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Step> steps() {
        return questions.steps();
    }

    @Override
    public void complete(Incoming in, FormData data) {
        LocalDate date = when.date(data);
        Instant departure = when.at(date, LocalTime.parse(data.get(TIME)));
        Instant back = when.at(date, LocalTime.parse(data.get(RETURN)));
        Optional<Destination> known = questions.knownDestination(data.get(DESTINATION));
        Optional<Recheck> problem = when.checkDate(date)
                .map(key -> new Recheck(DATE, key, properties.bookAheadDays()));
        if (problem.isEmpty() && !departure.isAfter(clock.instant())) {
            problem = Optional.of(new Recheck(TIME, "car.time-passed", data.get(TIME)));
        }
        if (problem.isEmpty() && !back.isAfter(departure)) {
            problem = Optional.of(new Recheck(RETURN, "car.return-before-departure", data.get(TIME)));
        }
        if (problem.isEmpty()) {
            problem = questions.checkPassengers(Integer.parseInt(data.get(PASSENGERS)))
                    .map(key -> new Recheck(PASSENGERS, key, fleet.largestSeats()));
        }
        if (problem.isEmpty() && CarFormQuestions.fromList(data.get(DESTINATION)) && known.isEmpty()) {
            problem = Optional.of(new Recheck(DESTINATION, "car.destination-gone"));
        }
        if (problem.isPresent()) {
            askAgain(in, data, problem.get());
            return;
        }
        CarBookings.Booked booked = bookings.book(in.approvedPerson(), new CarBookings.Request(date, departure, back,
                questions.destinationName(data.get(DESTINATION)), known.map(Destination::id).orElse(null),
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
}
