package com.houqin.meal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.meal.MealRegistration.Source;
import com.houqin.meal.Registrar.Outcome;
import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/** The buttons of /meal that register: choose a day, tick or untick a meal, guests, done. */
final class MealActions {

    private MealActions() {
    }

    @Component
    static class ShowDays extends EmployeeAction {
        private final MealViews views;

        ShowDays(MealViews views) {
            this.views = views;
        }

        @Override
        public String name() {
            return MealViews.DAYS;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            in.editButtonMessage(views.days(in, in.approvedPerson(), null));
        }
    }

    @Component
    static class ShowDay extends EmployeeAction {
        private final MealViews views;
        private final MealTexts texts;

        ShowDay(MealViews views, MealTexts texts) {
            this.views = views;
            this.texts = texts;
        }

        @Override
        public String name() {
            return MealViews.DAY;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            LocalDate date = date(button.arg("date"));
            if (date == null) {
                in.say("chat.button-unknown");
                return;
            }
            String refusal = texts.dayRefusal(in.language(), date);
            if (refusal != null) {
                in.answerButton(MealTexts.toast(refusal));
                in.editButtonMessage(views.days(in, in.approvedPerson(), refusal));
                return;
            }
            in.editButtonMessage(views.day(in, in.approvedPerson(), date, null));
        }
    }

    @Component
    static class SetMeal extends EmployeeAction {
        private final MealCalendar calendar;
        private final Registrar registrar;
        private final MealViews views;
        private final MealTexts texts;

        SetMeal(MealCalendar calendar, Registrar registrar, MealViews views, MealTexts texts) {
            this.calendar = calendar;
            this.registrar = registrar;
            this.views = views;
            this.texts = texts;
        }

        @Override
        public String name() {
            return MealViews.SET;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Optional<Slot> slot = calendar.slot(button.arg("date"), button.arg("meal"));
            if (slot.isEmpty()) {
                in.say("chat.button-unknown");
                return;
            }
            Person person = in.approvedPerson();
            boolean eat = "1".equals(button.arg("eat"));
            Outcome outcome = registrar.setEating(person, slot.get(), eat, Source.SELF);
            String meal = texts.meal(in.language(), slot.get().meal());
            String day = texts.day(in.language(), slot.get().date());
            switch (outcome) {
                case SAVED -> in.answerButton(in.t(eat ? "meal.toast.on" : "meal.toast.off", meal, day));
                case UNCHANGED -> in.answerButton(in.t(eat ? "meal.toast.already-on" : "meal.toast.already-off",
                        meal, day));
                case OUT_OF_WINDOW -> {
                    String refusal = texts.refusal(in.language(), outcome, slot.get());
                    in.answerButton(MealTexts.toast(refusal));
                    in.editButtonMessage(views.days(in, person, refusal));
                    return;
                }
                default -> {
                    String refusal = texts.refusal(in.language(), outcome, slot.get());
                    in.answerButton(MealTexts.toast(refusal));
                    in.editButtonMessage(views.day(in, person, slot.get().date(), refusal));
                    return;
                }
            }
            in.editButtonMessage(views.day(in, person, slot.get().date(), null));
        }
    }

    @Component
    static class Guests extends EmployeeAction {
        private final MealCalendar calendar;
        private final FormEngine forms;
        private final MealViews views;
        private final MealTexts texts;

        Guests(MealCalendar calendar, FormEngine forms, MealViews views, MealTexts texts) {
            this.calendar = calendar;
            this.forms = forms;
            this.views = views;
            this.texts = texts;
        }

        @Override
        public String name() {
            return MealViews.GUESTS;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            LocalDate date = date(button.arg("date"));
            if (date == null) {
                in.say("chat.button-unknown");
                return;
            }
            List<Slot> open = calendar.slotsOn(date).stream().filter(calendar::isOpen).toList();
            String refusal = texts.dayRefusal(in.language(), date);
            if (refusal != null || open.isEmpty()) {
                String why = refusal != null ? refusal : in.t("meal.day.all-locked", texts.whomToAsk(in.language()));
                in.answerButton(MealTexts.toast(why));
                in.editButtonMessage(views.day(in, in.approvedPerson(), date, why));
                return;
            }
            Map<String, Object> prefill = new HashMap<>();
            prefill.put("date", date.toString());
            if (open.size() == 1) {
                prefill.put("meal", open.get(0).meal().id());
            }
            in.answerButton(null);
            forms.start(in, GuestsForm.NAME, prefill);
        }
    }

    @Component
    static class Done extends EmployeeAction {
        private final MyMeals myMeals;
        private final MealViews views;

        Done(MyMeals myMeals, MealViews views) {
            this.myMeals = myMeals;
            this.views = views;
        }

        @Override
        public String name() {
            return MealViews.DONE;
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Person person = in.approvedPerson();
            String registered = views.registered(in.language(), myMeals.upcoming(person.id()));
            views.closed(in);
            in.editButtonMessage(Outgoing.text(in.t("meal.done", registered)));
        }
    }
}
