package com.houqin.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.ButtonSet;
import com.houqin.chat.Incoming;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;

/**
 * The buttons on a person's card in /admin ({@link PersonCards}). Each re-checks that the presser
 * is an admin, and an admin cannot lock themselves out (drop their own admin role or deactivate
 * themselves).
 */
@Component
class PersonCardActions implements ButtonSet {

    private final People people;
    private final PersonCards cards;

    PersonCardActions(People people, PersonCards cards) {
        this.people = people;
        this.cards = cards;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(
                onPerson(PersonCards.SHOW, (in, b, person) -> in.editButtonMessage(cards.card(in, person))),
                onPerson(PersonCards.ROLES, (in, b, person) -> in.editButtonMessage(cards.roles(in, person))),
                onPerson(PersonCards.TOGGLE_ROLE, this::toggleRole),
                onPerson(PersonCards.DEPARTMENTS, (in, b, person) -> in.editButtonMessage(cards.departments(in, person))),
                onPerson(PersonCards.SET_DEPARTMENT, this::setDepartment),
                onPerson(PersonCards.DEACTIVATE, this::deactivate),
                onPerson(PersonCards.REACTIVATE, this::reactivate));
    }

    /** What a button does to the person its card shows, once they are found. */
    private interface OnPerson {
        void act(Incoming in, ButtonRecord button, Person person);
    }

    private ButtonAction onPerson(String name, OnPerson action) {
        return ButtonAction.of(name, Access.roles(Role.ADMIN), (in, button) -> {
            Optional<Person> person = people.find(button.longArg("person"));
            if (person.isEmpty()) {
                in.answerButton(in.t("admin.person-gone"));
                return;
            }
            action.act(in, button, person.get());
        });
    }

    private void toggleRole(Incoming in, ButtonRecord button, Person person) {
        Role role = Role.valueOf(button.arg("role"));
        if (role == Role.ADMIN && person.id() == in.userId()) {
            in.answerButton(in.t("admin.keep-own-admin"));
            in.say("admin.keep-own-admin");
            return;
        }
        boolean give = "1".equals(button.arg("give"));
        String tell = person.id() == in.userId() ? null : button.id();
        Person updated = people.setRole(person.id(), role, give, tell).orElse(person);
        in.editButtonMessage(cards.roles(in, updated));
        in.answerButton(in.t(give ? "admin.role-added" : "admin.role-removed", in.t(role.textKey())));
    }

    private void setDepartment(Incoming in, ButtonRecord button, Person person) {
        Person updated = people.setDepartment(person.id(), button.arg("department")).orElse(person);
        in.answerButton(in.t("admin.department-set", updated.department()));
        in.editButtonMessage(cards.card(in, updated));
    }

    private void deactivate(Incoming in, ButtonRecord button, Person person) {
        if (person.id() == in.userId()) {
            in.answerButton(in.t("admin.not-yourself"));
            in.say("admin.not-yourself");
            return;
        }
        Optional<Person> updated = people.deactivate(person.id(), button.id());
        if (updated.isEmpty()) {
            in.answerButton(in.t("admin.not-active"));
            in.editButtonMessage(cards.card(in, people.find(person.id()).orElse(person)));
            return;
        }
        in.answerButton(in.t("admin.deactivated", person.displayName()));
        in.editButtonMessage(cards.card(in, updated.get()));
    }

    private void reactivate(Incoming in, ButtonRecord button, Person person) {
        Person updated = people.reactivate(person.id()).orElse(person);
        in.answerButton(in.t("admin.reactivated", updated.displayName()));
        in.editButtonMessage(cards.card(in, updated));
    }
}
