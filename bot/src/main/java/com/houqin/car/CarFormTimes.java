package com.houqin.car;

import static com.houqin.car.CarForm.DATE;
import static com.houqin.car.CarForm.TIME;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Parsed;
import com.houqin.scheduler.BusinessCalendar;

/**
 * When, in {@link CarForm}: the day, the departure and the return, each with buttons for the
 * usual answers (only those still to come) and typed ones read ("tomorrow", "9:30", "下午3点").
 */
@Component
class CarFormTimes {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final List<LocalTime> COMMON_TIMES = List.of(LocalTime.of(8, 0), LocalTime.of(8, 30),
            LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0),
            LocalTime.of(13, 30), LocalTime.of(14, 0), LocalTime.of(14, 30), LocalTime.of(15, 0), LocalTime.of(16, 0));

    private final CarProperties properties;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CarFormTimes(CarProperties properties, BusinessCalendar calendar, Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<Choice> dates(Incoming in, FormData data) {
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

    Parsed parseDate(String text) {
        LocalDate today = calendar.today(clock);
        Optional<LocalDate> date = DateTimeInputs.date(text, today);
        if (date.isEmpty()) {
            return Parsed.error("car.bad-date");
        }
        return checkDate(date.get()).map(key -> Parsed.error(key, properties.bookAheadDays()))
                .orElseGet(() -> Parsed.ok(date.get().toString()));
    }

    Optional<String> checkDate(LocalDate date) {
        LocalDate today = calendar.today(clock);
        if (date.isBefore(today)) {
            return Optional.of("car.date-past");
        }
        if (date.isAfter(today.plusDays(properties.bookAheadDays()))) {
            return Optional.of("car.date-too-far");
        }
        return Optional.empty();
    }

    List<Choice> times(Incoming in, FormData data) {
        return remainingTimes(date(data)).stream().map(t -> new Choice(HH_MM.format(t), HH_MM.format(t))).toList();
    }

    private List<LocalTime> remainingTimes(LocalDate date) {
        Instant now = clock.instant();
        return COMMON_TIMES.stream().filter(t -> calendar.at(date, t).toInstant().isAfter(now)).toList();
    }

    Parsed parseTime(Incoming in, FormData data, String text) {
        Optional<LocalTime> time = DateTimeInputs.time(text);
        if (time.isEmpty()) {
            return Parsed.error("car.bad-time");
        }
        if (!at(date(data), time.get()).isAfter(clock.instant())) {
            return Parsed.error("car.time-past", HH_MM.format(time.get()));
        }
        return Parsed.ok(HH_MM.format(time.get()));
    }

    List<Choice> returns(Incoming in, FormData data) {
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

    Parsed parseReturn(Incoming in, FormData data, String text) {
        Optional<LocalTime> time = DateTimeInputs.time(text);
        if (time.isEmpty()) {
            return Parsed.error("car.bad-time");
        }
        if (!time.get().isAfter(LocalTime.parse(data.get(TIME)))) {
            return Parsed.error("car.return-before-departure", data.get(TIME));
        }
        return Parsed.ok(HH_MM.format(time.get()));
    }

    Instant at(LocalDate date, LocalTime time) {
        return calendar.at(date, time).toInstant();
    }

    LocalDate date(FormData data) {
        return LocalDate.parse(data.get(DATE));
    }

    String dayLabel(Incoming in, LocalDate date) {
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
