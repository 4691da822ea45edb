package com.houqin.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.telegram.Outgoing;

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
        List<Outgoing> messages = new ArrayList<>();
        for (MySection section : sections) {
            messages.addAll(section.render(in));
        }
        if (messages.isEmpty()) {
            in.say("my.nothing-open");
            return;
        }
        messages.forEach(in::reply);
    }
}
