package com.houqin.car;

import static com.houqin.car.CarButtons.DISPATCHERS;
import static com.houqin.car.CarButtons.carButton;
import static com.houqin.car.CarButtons.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;

/** /cars [date]: the day's schedule per car for dispatchers (« and »: the day before, after); a driver's trips. */
@Component
class CarsCommand implements Command, ButtonSet {

    /** How far ahead a driver's /cars looks when no date is given. */
    private static final int DRIVER_DAYS = 7;

    private final DaySchedule schedule;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CarsCommand(DaySchedule schedule, BusinessCalendar calendar, Clock clock) {
        this.schedule = schedule;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "cars";
    }

    @Override
    public Access access() {
        return Access.roles(Role.DISPATCHER, Role.DRIVER);
    }

    @Override
    public int order() {
        return 62;
    }

    @Override
    public void handle(Incoming in, String args) {
        LocalDate today = calendar.today(clock);
        Optional<LocalDate> date = args.isBlank() ? Optional.of(today) : DateTimeInputs.date(args, today);
        if (date.isEmpty()) {
            in.say("car.bad-date-cars");
            return;
        }
        Person person = in.approvedPerson();
        if (person.has(Role.DISPATCHER)) {
            in.reply(schedule.forDispatcher(in, date.get()));
        }
        if (person.has(Role.DRIVER)) {
            LocalDate last = args.isBlank() ? today.plusDays(DRIVER_DAYS) : date.get();
            in.reply(schedule.forDriver(in, date.get(), last));
        }
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(carButton(DaySchedule.DAY, DISPATCHERS, this::otherDay));
    }

    /** « and » under the schedule: the day before or after. */
    private void otherDay(Incoming in, ButtonRecord button) {
        in.answerButton(null);
        in.editButtonMessage(schedule.forDispatcher(in, date(button)));
    }
}
