package com.houqin.meal;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.Choice;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.Person;
import com.houqin.people.Role;

/** Allergies and other needs, as text, for the cooks. */
@Component
class AllergiesForm implements FormDefinition {

    static final String NAME = "meal-allergies";
    private static final String NONE = "-";
    private static final int MAX_LENGTH = 200;

    private final MealProfiles profiles;
    private final SettingsViews views;

    AllergiesForm(MealProfiles profiles, SettingsViews views) {
        this.profiles = profiles;
        this.views = views;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Access access() {
        return Access.roles(Role.EMPLOYEE);
    }

    @Override
    public String restartCommand() {
        return "/meal";
    }

    @Override
    public List<Step> steps() {
        return List.of(Question.ask("text")
                .prompt("meal.allergies.ask")
                .choices((in, d) -> List.of(new Choice(in.t("meal.allergies.none"), NONE)))
                .freeText(MAX_LENGTH)
                .build());
    }

    @Override
    public void complete(Incoming in, FormData data) {
        Person person = in.approvedPerson();
        String text = data.get("text");
        profiles.setAllergies(person.id(), NONE.equals(text) ? null : text);
        in.reply(views.diet(in, person, in.t("meal.diet.saved")));
    }
}
