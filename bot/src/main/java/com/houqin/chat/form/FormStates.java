package com.houqin.chat.form;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;

/** The forms in progress, one per chat, in MongoDB; each idles out after the configured time. */
@Component
public class FormStates {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final FormProperties properties;

    FormStates(MongoTemplate mongo, Clock clock, FormProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    FormState save(FormState state, String stepId, FormData data, List<String> history) {
        Instant now = clock.instant();
        FormState saved = new FormState(state.chatId(), state.userId(), state.form(), state.formId(), stepId,
                data.asMap(), history, now, now.plus(properties.idleTimeout()), state.lastUpdate(), state.before());
        mongo.save(saved);
        return saved;
    }

    /** The chat's form as the update being handled found it (see {@link FormState#asFoundBy}). */
    Optional<FormState> load(Incoming in) {
        return Optional.ofNullable(mongo.findById(in.chatId(), FormState.class)).map(s -> s.asFoundBy(in.updateId()));
    }

    /** Removes this form, not one that replaced it meanwhile. */
    void drop(FormState state) {
        mongo.remove(Query.query(Criteria.where("_id").is(state.chatId()).and("formId").is(state.formId())),
                FormState.class);
    }

    boolean isExpired(FormState state) {
        return state.expiresAt() != null && !clock.instant().isBefore(state.expiresAt());
    }

    Instant now() {
        return clock.instant();
    }

    public long dropExpired() {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), FormState.class)
                .getDeletedCount();
    }
}
