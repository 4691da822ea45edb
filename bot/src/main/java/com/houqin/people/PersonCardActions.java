package com.houqin.people;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
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
        private final Outbox outbox;
        private final Texts texts;

        ToggleRole(People people, PersonCards cards, Outbox outbox, Texts texts) {
            super(people, cards);
            this.outbox = outbox;
            this.texts = texts;
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
            Person updated = people.toggleRole(person.id(), role).orElse(person);
            in.editButtonMessage(cards.roles(in, updated));
            boolean added = updated.roles().contains(role);
            in.answerButton(in.t(added ? "admin.role-added" : "admin.role-removed", in.t(role.textKey())));
            if (added && updated.isApproved() && updated.id() != in.userId()) {
                Language lang = updated.lang();
                outbox.enqueue(new Notification("role:" + updated.id() + ":" + role + ":" + button.id(), null,
                        updated.chatId(), Outgoing.text(texts.get(lang, "admin.you-got-role",
                        texts.get(lang, role.textKey())))));
            }
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
        private final Outbox outbox;
        private final Texts texts;

        Deactivate(People people, PersonCards cards, Outbox outbox, Texts texts) {
            super(people, cards);
            this.outbox = outbox;
            this.texts = texts;
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
            Optional<Person> updated = people.deactivate(person.id());
            if (updated.isEmpty()) {
                in.answerButton(in.t("admin.not-active"));
                in.editButtonMessage(cards.card(in, people.find(person.id()).orElse(person)));
                return;
            }
            Language lang = updated.get().lang();
            outbox.enqueue(new Notification("deactivated:" + person.id() + ":" + button.id(), null, person.chatId(),
                    Outgoing.text(texts.get(lang, "access.deactivated"))));
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
