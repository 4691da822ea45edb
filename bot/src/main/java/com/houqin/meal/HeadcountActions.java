package com.houqin.meal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;

/**
 * The buttons on headcounts and final counts ({@link HeadcountViews}): another day, a late
 * registration, the served count.
 */
@Component
class HeadcountActions implements ButtonSet {

    private final MealCalendar calendar;
    private final FormEngine forms;
    private final LateRegistrationForm lateForm;
    private final ServedForm servedForm;
    private final HeadcountViews views;

    HeadcountActions(MealCalendar calendar, FormEngine forms, LateRegistrationForm lateForm, ServedForm servedForm,
                     HeadcountViews views) {
        this.calendar = calendar;
        this.forms = forms;
        this.lateForm = lateForm;
        this.servedForm = servedForm;
        this.views = views;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                MealButtons.onDay(HeadcountViews.SHOW, HeadcountCommand.ACCESS, this::show),
                MealButtons.onDay(HeadcountViews.LATE, MealButtons.COOKS, this::late),
                MealButtons.onDay(HeadcountViews.SERVED, MealButtons.COOKS, this::served));
    }

    private void show(Incoming in, LocalDate date, ButtonRecord button) {
        if ("1".equals(button.arg("fresh"))) {
            // from a final count: that stays as it was sent, the headcount comes as a new message
            in.reply(views.day(in, in.approvedPerson(), date));
        } else {
            in.editButtonMessage(views.day(in, in.approvedPerson(), date));
        }
    }

    private void late(Incoming in, LocalDate date, ButtonRecord button) {
        boolean inReach = !date.isBefore(calendar.today()) && !date.isAfter(calendar.lastDay());
        startForm(in, lateForm, date, inReach ? lateForm.choices(date) : List.of(), "meal.late.nothing");
    }

    private void served(Incoming in, LocalDate date, ButtonRecord button) {
        startForm(in, servedForm, date, servedForm.choices(date), "meal.served.nothing");
    }

    /** Starts a cook's form for the day's meals it is offered for, or says there are none. */
    private void startForm(Incoming in, MealDayForm form, LocalDate date, List<Slot> offered, String nothingKey) {
        if (offered.isEmpty()) {
            in.answerButton(in.t(nothingKey));
            in.say(nothingKey);
            return;
        }
        in.answerButton(null);
        forms.start(in, form.name(), MealDayForm.startingWith(date, offered));
    }
}
