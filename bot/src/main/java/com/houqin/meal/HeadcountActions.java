package com.houqin.meal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.people.Role;

/** The buttons on headcounts and final counts: another day, a late registration, the served count. */
final class HeadcountActions {

    private HeadcountActions() {
    }

    @Component
    static class Show implements ButtonAction {
        private final HeadcountViews views;

        Show(HeadcountViews views) {
            this.views = views;
        }

        @Override
        public String name() {
            return HeadcountViews.SHOW;
        }

        @Override
        public Access access() {
            return HeadcountCommand.ACCESS;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            LocalDate date = EmployeeAction.date(button.arg("date"));
            if (date == null) {
                in.say("chat.button-unknown");
                return;
            }
            if ("1".equals(button.arg("fresh"))) {
                // from a final count: that stays as it was sent, the headcount comes as a new message
                in.reply(views.day(in, in.approvedPerson(), date));
            } else {
                in.editButtonMessage(views.day(in, in.approvedPerson(), date));
            }
        }
    }

    /** Starts a cook's form for a day's meals (a late registration, the served count). */
    abstract static class CookForm implements ButtonAction {
        final MealCalendar calendar;
        private final FormEngine forms;

        CookForm(MealCalendar calendar, FormEngine forms) {
            this.calendar = calendar;
            this.forms = forms;
        }

        @Override
        public Access access() {
            return Access.roles(Role.COOK);
        }

        abstract String form();

        abstract List<Slot> offered(LocalDate date);

        abstract String nothingKey();

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            LocalDate date = EmployeeAction.date(button.arg("date"));
            if (date == null) {
                in.say("chat.button-unknown");
                return;
            }
            List<Slot> slots = offered(date);
            if (slots.isEmpty()) {
                in.answerButton(in.t(nothingKey()));
                in.say(nothingKey());
                return;
            }
            Map<String, Object> prefill = new HashMap<>();
            prefill.put("date", date.toString());
            if (slots.size() == 1) {
                prefill.put("meal", slots.get(0).meal().id());
            }
            in.answerButton(null);
            forms.start(in, form(), prefill);
        }
    }

    @Component
    static class Late extends CookForm {
        Late(MealCalendar calendar, FormEngine forms) {
            super(calendar, forms);
        }

        @Override
        public String name() {
            return HeadcountViews.LATE;
        }

        @Override
        String form() {
            return LateRegistrationForm.NAME;
        }

        @Override
        List<Slot> offered(LocalDate date) {
            if (date.isBefore(calendar.today()) || date.isAfter(calendar.lastDay())) {
                return List.of();
            }
            return calendar.slotsOn(date);
        }

        @Override
        String nothingKey() {
            return "meal.late.nothing";
        }
    }

    @Component
    static class Served extends CookForm {
        Served(MealCalendar calendar, FormEngine forms) {
            super(calendar, forms);
        }

        @Override
        public String name() {
            return HeadcountViews.SERVED;
        }

        @Override
        String form() {
            return ServedForm.NAME;
        }

        @Override
        List<Slot> offered(LocalDate date) {
            return calendar.slotsOn(date).stream().filter(s -> !calendar.isOpen(s)).toList();
        }

        @Override
        String nothingKey() {
            return "meal.served.nothing";
        }
    }
}
