package com.houqin.people;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.houqin.outbox.ChatUnreachable;

@Component
class UnreachableListener {

    private final People people;

    UnreachableListener(People people) {
        this.people = people;
    }

    @EventListener
    void on(ChatUnreachable event) {
        people.markUnreachable(event.chatId(), true);
    }
}
