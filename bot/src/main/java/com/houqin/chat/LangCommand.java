package com.houqin.chat;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.people.People;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** /lang: choose the language the bot speaks to me, one button per language. */
@Component
class LangCommand implements Command, ButtonSet {

    static final String SET = "lang.set";

    private final People people;

    LangCommand(People people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "lang";
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public int order() {
        return 97;
    }

    @Override
    public void handle(Incoming in, String args) {
        List<Button> choices = Arrays.stream(Language.values())
                .map(l -> in.button((l == in.language() ? "✅ " : "") + l.nativeName(), SET, "lang", l.code()))
                .toList();
        in.reply(Outgoing.builder(in.t("lang.choose")).row(choices).build());
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(ButtonAction.of(SET, Access.approved(), this::set));
    }

    private void set(Incoming in, ButtonRecord button) {
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
