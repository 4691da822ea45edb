package com.houqin.admin;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Question;
import com.houqin.chat.form.Step;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** Admin: find a person by part of their name, then open their card. */
@Component
class FindPersonForm extends AdminForm {

    private static final int SHOWN = 10;

    static final String NAME = "admin-find";

    private final People people;

    FindPersonForm(People people) {
        super(NAME);
        this.people = people;
    }

    @Override
    public List<Step> steps() {
        return List.of(Question.ask("query").prompt("admin.find-ask").freeText(Person.MAX_NAME_LENGTH).build());
    }

    @Override
    public void complete(Incoming in, FormData data) {
        List<Person> found = people.search(data.get("query"), SHOWN + 1);
        if (found.isEmpty()) {
            in.say("admin.find-none", data.get("query"));
            return;
        }
        List<Button> buttons = found.stream().limit(SHOWN)
                .map(p -> in.button(p.displayName() + (p.department() == null ? "" : " · " + p.department()),
                        PersonCards.SHOW, "person", String.valueOf(p.id())))
                .toList();
        String text = found.size() > SHOWN ? in.t("admin.find-many", SHOWN) : in.t("admin.find-results");
        in.reply(Outgoing.builder(text).grid(buttons, 1).build());
    }
}
