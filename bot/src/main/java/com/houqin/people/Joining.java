package com.houqin.people;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.houqin.i18n.Language;
import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.NoticeRelay;
import com.houqin.outbox.PendingNotice;

/**
 * How a person comes in: asking to join and an admin's decision, or an invite. Each step is one
 * atomic update with the expected status in the filter (two admins deciding at once), carrying the
 * notices it causes; a step handled again (an update replayed after a crash) finds it made.
 */
@Component
public class Joining {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final NoticeRelay relay;

    Joining(MongoTemplate mongo, Clock clock, NoticeRelay relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.relay = relay;
    }

    /**
     * Records a request to join ({@code application} names it; every admin is told). Returns the
     * person as stored: PENDING with this application when the request was taken (also when it is
     * asked again), or their existing record when they are already approved, waiting or deactivated,
     * or were declined for this very application.
     */
    public Person apply(long id, String name, String department, Language language, String username,
                        String application, String startedFrom) {
        // a declined person may ask again, but the declined application handled again (an update
        // replayed after a restart) must not re-open it
        Query open = Query.query(Criteria.where("_id").is(id).and("status").is(PersonStatus.REJECTED)
                .and("application").ne(application));
        Update update = new Update().set("name", name).set("department", department)
                .set("status", PersonStatus.PENDING).set("language", language).set("username", username)
                .set("decidedBy", null).set("application", application).set("startedFrom", startedFrom)
                .push(CarriesNotices.FIELD, PendingNotice.of(PersonNews.APPLIED,
                        Map.of("application", application), clock.instant()))
                .setOnInsert("roles", Set.of()).setOnInsert("unreachable", false).setOnInsert("joinedAt", clock.instant());
        Person existing = mongo.findById(id, Person.class);
        if (existing == null) {
            open = byId(id);
        } else if (existing.status() != PersonStatus.REJECTED || application.equals(existing.application())) {
            return existing;
        }
        try {
            Person applied = mongo.findAndModify(open, update,
                    FindAndModifyOptions.options().upsert(existing == null).returnNew(true), Person.class);
            return applied == null ? mongo.findById(id, Person.class) : relay.relay(applied);
        } catch (DuplicateKeyException raced) {
            return mongo.findById(id, Person.class);
        }
    }

    /**
     * Approves a waiting person; empty if they were no longer waiting (another admin decided first).
     * The same admin deciding the same way again (the decision handled again) finds it made.
     */
    public Optional<Person> approve(long id, Person admin) {
        return decide(id, admin, PersonStatus.APPROVED);
    }

    public Optional<Person> reject(long id, Person admin) {
        return decide(id, admin, PersonStatus.REJECTED);
    }

    private Optional<Person> decide(long id, Person admin, PersonStatus outcome) {
        Person current = mongo.findById(id, Person.class);
        if (current == null) {
            return Optional.empty();
        }
        if (current.status() == outcome && Long.valueOf(admin.id()).equals(current.decidedBy())) {
            return Optional.of(relay.relay(current));
        }
        Update update = new Update().set("status", outcome).set("decidedBy", admin.id())
                .push(CarriesNotices.FIELD, PendingNotice.of(PersonNews.DECIDED, Map.of(
                        "application", current.application() == null ? "join:" + id : current.application(),
                        "approved", String.valueOf(outcome == PersonStatus.APPROVED),
                        "by", admin.displayName()), clock.instant()));
        if (outcome == PersonStatus.APPROVED) {
            update.addToSet("roles", Role.EMPLOYEE);
        }
        return Optional.ofNullable(relay.relay(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(PersonStatus.PENDING)), update,
                FindAndModifyOptions.options().returnNew(true), Person.class)));
    }

    /**
     * Joins through an admin's invite: approved at once in the invite's department. Deactivated
     * people are not let back this way.
     */
    public Optional<Person> joinByInvite(long id, String name, String department, Language language, String username,
                                         long invitedBy) {
        Update update = new Update().set("name", name).set("department", department)
                .set("status", PersonStatus.APPROVED).set("language", language).set("username", username)
                .set("decidedBy", invitedBy).addToSet("roles", Role.EMPLOYEE)
                .setOnInsert("unreachable", false).setOnInsert("joinedAt", clock.instant());
        Query notApproved = Query.query(Criteria.where("_id").is(id)
                .and("status").in(PersonStatus.PENDING, PersonStatus.REJECTED));
        Person existing = mongo.findById(id, Person.class);
        if (existing == null) {
            notApproved = byId(id);
        } else if (existing.status() == PersonStatus.APPROVED || existing.status() == PersonStatus.DEACTIVATED) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mongo.findAndModify(notApproved, update,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Person.class));
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
    }

    private static Query byId(long id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
