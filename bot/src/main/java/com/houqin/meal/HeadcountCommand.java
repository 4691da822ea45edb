package com.houqin.meal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.people.Role;

/** /headcount [date]: every meal of the day counted, for the cooks (and managers). */
@Component
class HeadcountCommand implements Command {

    static final Access ACCESS = Access.roles(Role.COOK, Role.MANAGER);

    private final MealCalendar calendar;
    private final HeadcountViews views;

    HeadcountCommand(MealCalendar calendar, HeadcountViews views) {
        this.calendar = calendar;
        this.views = views;
    }

    @Override
    public String name() {
        return "headcount";
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public void handle(Incoming in, String args) {
        Optional<LocalDate> date = args.isBlank() ? Optional.of(calendar.today())
                : DateTimeInputs.date(args, calendar.today());
        if (date.isEmpty()) {
            in.say("meal.hc.unreadable", MealCommand.shorten(args));
            return;
        }
        in.reply(views.day(in, in.approvedPerson(), date.get()));
    }
}
