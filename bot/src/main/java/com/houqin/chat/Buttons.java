package com.houqin.chat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.telegram.Button;

/** Makes buttons: stores what each means and gives it a short random id as its data. */
@Component
public class Buttons {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int ID_LENGTH = 12;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Buttons(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A button for one person ({@code ownerId}), or for anyone allowed by the action when the
     * owner is null.
     */
    public Button create(String label, String action, Map<String, String> args, Long ownerId) {
        ButtonRecord record = record(action, args, ownerId);
        mongo.insert(record);
        return new Button(label, record.id());
    }

    /** What a button means, not yet stored: {@link #saveAll} it before the message carrying it is sent. */
    ButtonRecord record(String action, Map<String, String> args, Long ownerId) {
        return new ButtonRecord(newId(), action, args, ownerId, clock.instant());
    }

    /** Stores the records of one message's buttons in one command (an insertMany). */
    void saveAll(List<ButtonRecord> records) {
        if (records.size() == 1) {
            mongo.insert(records.get(0));
        } else if (!records.isEmpty()) {
            mongo.insert(records, ButtonRecord.class);
        }
    }

    public Optional<ButtonRecord> find(String data) {
        if (data == null || data.length() != ID_LENGTH) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(data, ButtonRecord.class));
    }

    public long forgetOlderThan(Duration age) {
        return mongo.remove(Query.query(Criteria.where("createdAt").lt(clock.instant().minus(age))),
                ButtonRecord.class).getDeletedCount();
    }

    private String newId() {
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < ID_LENGTH; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
