package com.houqin.car;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.outbox.Notification;
import com.houqin.outbox.Outbox;
import com.houqin.people.People;
import com.houqin.people.Person;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/** How the car news reaches one person: once per key, in their language, only if they are still known. */
@Component
class CarNewsSender {

    private final Outbox outbox;
    private final People people;

    CarNewsSender(Outbox outbox, People people) {
        this.outbox = outbox;
        this.people = people;
    }

    void send(String key, Long chatId, Outgoing message) {
        if (chatId != null && people.find(chatId).isPresent()) {
            outbox.enqueue(new Notification(key, null, chatId, message));
        }
    }

    void send(String key, Long chatId, String text) {
        send(key, chatId, Outgoing.text(text));
    }

    Language langOf(Long chatId) {
        return chatId == null ? Language.EN : people.find(chatId).map(Person::lang).orElse(Language.EN);
    }

    List<Person> dispatchers() {
        return people.withRole(Role.DISPATCHER);
    }
}
