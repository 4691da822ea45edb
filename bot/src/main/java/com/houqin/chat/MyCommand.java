package com.houqin.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** /my: everything I have asked for that is still open, from every feature. */
@Component
class MyCommand implements Command {

    private final List<MySection> sections;

    MyCommand(List<MySection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(MySection::order)).toList();
    }

    @Override
    public String name() {
        return "my";
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void handle(Incoming in, String args) {
        List<MySection.Card> cards = new ArrayList<>();
        for (MySection section : sections) {
            cards.addAll(section.cards(in));
        }
        if (cards.isEmpty()) {
            in.say("my.nothing-open");
            return;
        }
        cards.forEach(card -> card.sent().accept(in.reply(card.message())));
    }
}
