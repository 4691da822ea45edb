package com.houqin.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
public class Invites {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final PeopleProperties properties;
    private final SecureRandom random = new SecureRandom();

    public Invites(MongoTemplate mongo, Clock clock, PeopleProperties properties) {
        this.mongo = mongo;
        this.clock = clock;
        this.properties = properties;
    }

    public Invite create(String department, long adminId) {
        Instant now = clock.instant();
        Invite invite = new Invite(newCode(), department, adminId, now, now.plus(properties.people().inviteTtl()),
                false, 0);
        mongo.insert(invite);
        return invite;
    }

    /** The invite behind a code if it can still be used. */
    public Optional<Invite> usable(String code) {
        if (code == null || !code.matches("[A-Za-z0-9]{" + CODE_LENGTH + "}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(code, Invite.class)).filter(i -> i.isValidAt(clock.instant()));
    }

    public static boolean looksLikeCode(String text) {
        return text != null && text.matches("[A-Za-z0-9]{" + CODE_LENGTH + "}");
    }

    public void countUse(String code) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code)), new Update().inc("uses", 1), Invite.class);
    }

    public boolean revoke(String code) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(code).and("revoked").is(false)),
                Update.update("revoked", true), Invite.class).getModifiedCount() > 0;
    }

    public List<Invite> active() {
        return mongo.find(Query.query(Criteria.where("revoked").is(false).and("expiresAt").gt(clock.instant()))
                .with(Sort.by("createdAt")), Invite.class);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
