package com.houqin.meal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.DateTimeInputs;
import com.houqin.people.Person;
import com.houqin.people.Role;

/** /meal [date]: register for meals, or open one day at once ("/meal tomorrow", "/meal 12-01"). */
@Component
class MealCommand implements Command {

    private static final int SHOWN = 40;

    private final MealCalendar calendar;
    private final MealViews views;
    private final MealTexts texts;

    MealCommand(MealCalendar calendar, MealViews views, MealTexts texts) {
        this.calendar = calendar;
        this.views = views;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "meal";
    }

    @Override
    public Access access() {
        return Access.roles(Role.EMPLOYEE);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void handle(Incoming in, String args) {
        Person person = in.approvedPerson();
        if (args.isBlank()) {
            in.reply(views.days(in, person, null));
            return;
        }
        Optional<LocalDate> date = DateTimeInputs.date(args, calendar.today());
        if (date.isEmpty()) {
            in.reply(views.days(in, person, in.t("meal.date-unreadable", shorten(args))));
            return;
        }
        String refusal = texts.dayRefusal(in.language(), date.get());
        in.reply(refusal != null ? views.days(in, person, refusal) : views.day(in, person, date.get(), null));
    }

    static String shorten(String typed) {
        return typed.length() > SHOWN ? typed.substring(0, SHOWN) + "…" : typed;
    }
}
