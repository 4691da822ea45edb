package com.houqin.chat;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.people.People;
import com.houqin.telegram.Outgoing;

/** A language picked under /lang. */
@Component
class LangChoiceAction implements ButtonAction {

    private final People people;

    LangChoiceAction(People people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "lang.set";
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public void handle(Incoming in, ButtonRecord button) {
        Language chosen = Language.fromCode(button.arg("lang"));
        if (chosen == null) {
            in.say("chat.button-unknown");
            return;
        }
        people.setLanguage(in.userId(), chosen).ifPresent(in::refreshPerson);
        in.answerButton(null);
        in.editButtonMessage(Outgoing.text(in.t("lang.set", chosen.nativeName())));
    }
}
