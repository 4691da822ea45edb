package com.houqin.meal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.MySection;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/** In /my: the meals I am registered for, with a way to change them. */
@Component
class MealMySection implements MySection {

    private final MyMeals myMeals;
    private final MealViews views;

    MealMySection(MyMeals myMeals, MealViews views) {
        this.myMeals = myMeals;
        this.views = views;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Outgoing> render(Incoming in) {
        Person person = in.person().orElse(null);
        if (person == null || !person.has(Role.EMPLOYEE)) {
            return List.of();
        }
        List<MyMeal> upcoming = myMeals.upcoming(person.id());
        if (upcoming.stream().noneMatch(MyMeal::counts)) {
            return List.of();
        }
        return List.of(Outgoing.builder(in.t("meal.my.title") + "\n" + views.registered(in.language(), upcoming))
                .row(in.button(in.t("meal.my.change"), MealViews.DAYS)).build());
    }
}
