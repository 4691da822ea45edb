package com.houqin.chat;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** /lang: choose the language the bot speaks to me. */
@Component
class LangCommand implements Command {

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
                .map(l -> in.button((l == in.language() ? "✅ " : "") + l.nativeName(), "lang.set", "lang", l.code()))
                .toList();
        in.reply(Outgoing.builder(in.t("lang.choose")).row(choices).build());
    }
}
