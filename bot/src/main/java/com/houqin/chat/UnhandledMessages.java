package com.houqin.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.people.Person;
import com.houqin.telegram.Outgoing;

/**
 * Answers a message that no command, form or feature took. Where the last thing shown was a view
 * with buttons (a /meal day), the answer points to those buttons rather than "I did not understand
 * that": the view names its hint when it is shown, and the hint holds until a command shows
 * something else.
 */
@Component
public class UnhandledMessages {

    /** A view older than this is no longer what the person is looking at. */
    private static final Duration HINT_HOLDS = Duration.ofHours(12);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Refusals refusals;

    UnhandledMessages(MongoTemplate mongo, Clock clock, Refusals refusals) {
        this.mongo = mongo;
        this.clock = clock;
        this.refusals = refusals;
    }

    @Document("view_hints")
    record ViewHint(@Id long chatId, String key, Instant at) {
    }

    /** The view just shown in this chat has buttons; what is typed now is answered with this text. */
    public void viewShown(Incoming in, String hintKey) {
        mongo.save(new ViewHint(in.chatId(), hintKey, clock.instant()));
    }

    /** The chat's view with buttons is gone (a command showed something else, the view was closed). */
    public void viewGone(long chatId) {
        mongo.remove(Query.query(Criteria.where("_id").is(chatId)), ViewHint.class);
    }

    void answer(Incoming in, boolean typed) {
        if (in.person().filter(Person::isApproved).isEmpty()) {
            in.reply(Outgoing.text(refusals.explain(in, Access.approved())));
            return;
        }
        ViewHint hint = mongo.findById(in.chatId(), ViewHint.class);
        if (hint != null && hint.at().plus(HINT_HOLDS).isAfter(clock.instant())) {
            in.say(hint.key());
        } else {
            in.say(typed ? "chat.not-understood" : "chat.unsupported-message");
        }
    }
}
