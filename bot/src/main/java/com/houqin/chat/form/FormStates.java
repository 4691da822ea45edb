package com.houqin.chat.form;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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

    /**
     * Saves where the form now stands. A form that was loaded is saved only if it is still as loaded
     * (same form, same version): when another instance (or another update of this chat) saved it
     * meanwhile, nothing is written and {@link Conflict} is thrown, so neither overwrites the other.
     * A form not stored yet (just started) replaces whatever the chat had. One atomic update either
     * way; the version goes up by one with each save.
     */
    FormState save(FormState state, String stepId, FormData data, List<String> history) {
        Instant now = clock.instant();
        FormState next = new FormState(state.chatId(), state.userId(), state.form(), state.formId(), stepId,
                data.asMap(), history, now, now.plus(properties.idleTimeout()), state.lastUpdate(), state.before(),
                state.version());
        Criteria where = Criteria.where("_id").is(state.chatId());
        if (state.version() != null) {
            where = where.and("formId").is(state.formId()).and("version").is(state.version());
        }
        FormState saved = mongo.findAndModify(Query.query(where), fieldsOf(next),
                FindAndModifyOptions.options().returnNew(true).upsert(state.version() == null), FormState.class);
        if (saved == null) {
            throw new Conflict(state.chatId());
        }
        return saved;
    }

    /** Every field of the form set (those now empty removed), and the version counted up. */
    private Update fieldsOf(FormState state) {
        org.bson.Document written = new org.bson.Document();
        mongo.getConverter().write(state, written);
        Update update = new Update();
        for (String field : fields()) {
            if (written.containsKey(field)) {
                update.set(field, written.get(field));
            } else {
                update.unset(field);
            }
        }
        return update.inc("version", 1);
    }

    private List<String> fields() {
        List<String> names = new java.util.ArrayList<>();
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(FormState.class)
                .doWithProperties((org.springframework.data.mapping.PropertyHandler<MongoPersistentProperty>) p -> {
                    if (!p.isIdProperty() && !p.getFieldName().equals("version")) {
                        names.add(p.getFieldName());
                    }
                });
        return names;
    }

    /** The form was saved elsewhere since it was loaded; nothing was written. */
    static final class Conflict extends RuntimeException {
        Conflict(long chatId) {
            super("the form of chat " + chatId + " was saved elsewhere meanwhile");
        }
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
