package com.houqin.admin;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/**
 * The buttons on a person's card in /admin. Each re-checks that the presser is an admin, and
 * an admin cannot lock themselves out (drop their own admin role or deactivate themselves).
 */
final class PersonCardActions {

    private PersonCardActions() {
    }

    abstract static class AdminAction implements ButtonAction {
        final People people;
        final PersonCards cards;

        AdminAction(People people, PersonCards cards) {
            this.people = people;
            this.cards = cards;
        }

        @Override
        public Access access() {
            return Access.roles(Role.ADMIN);
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            Optional<Person> person = people.find(button.longArg("person"));
            if (person.isEmpty()) {
                in.answerButton(in.t("admin.person-gone"));
                return;
            }
            act(in, button, person.get());
        }

        abstract void act(Incoming in, ButtonRecord button, Person person);
    }

    @Component
    static class Show extends AdminAction {
        Show(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.SHOW;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
            in.editButtonMessage(cards.card(in, person));
        }
    }

    @Component
    static class ShowRoles extends AdminAction {
        ShowRoles(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.ROLES;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
            in.editButtonMessage(cards.roles(in, person));
        }
    }

    @Component
    static class ToggleRole extends AdminAction {
        ToggleRole(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.TOGGLE_ROLE;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
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
    }

    @Component
    static class ShowDepartments extends AdminAction {
        ShowDepartments(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.DEPARTMENTS;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
            in.editButtonMessage(cards.departments(in, person));
        }
    }

    @Component
    static class SetDepartment extends AdminAction {
        SetDepartment(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.SET_DEPARTMENT;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
            Person updated = people.setDepartment(person.id(), button.arg("department")).orElse(person);
            in.answerButton(in.t("admin.department-set", updated.department()));
            in.editButtonMessage(cards.card(in, updated));
        }
    }

    @Component
    static class Deactivate extends AdminAction {
        Deactivate(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.DEACTIVATE;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
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
    }

    @Component
    static class Reactivate extends AdminAction {
        Reactivate(People people, PersonCards cards) {
            super(people, cards);
        }

        @Override
        public String name() {
            return PersonCards.REACTIVATE;
        }

        @Override
        void act(Incoming in, ButtonRecord button, Person person) {
            Person updated = people.reactivate(person.id()).orElse(person);
            in.answerButton(in.t("admin.reactivated", updated.displayName()));
            in.editButtonMessage(cards.card(in, updated));
        }
    }
}
