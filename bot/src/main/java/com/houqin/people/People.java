package com.houqin.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.User;

import com.houqin.i18n.Language;
import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.NoticeRelay;
import com.houqin.outbox.PendingNotice;

/**
 * The people the bot knows. Every change is one atomic update of one document, with the
 * expected state in the filter where two people could act at once (two admins approving).
 */
@Component
public class People {

    private final MongoTemplate mongo;
    private final Clock clock;
    private final NoticeRelay relay;

    private static final String GREETED_AT = "greetedAt";

    public People(MongoTemplate mongo, Clock clock, NoticeRelay relay) {
        this.mongo = mongo;
        this.clock = clock;
        this.relay = relay;
    }

    public Optional<Person> find(long id) {
        return Optional.ofNullable(mongo.findById(id, Person.class));
    }

    /**
     * Called for everyone who writes: returns what we know of them, filling in the name of a
     * configured admin who had none and clearing "unreachable" (they are talking to us).
     */
    public Optional<Person> noticeContact(User user) {
        Person person = mongo.findById(user.getId(), Person.class);
        if (person == null) {
            return Optional.empty();
        }
        Update update = new Update();
        if (person.unreachable()) {
            update.set("unreachable", false);
        }
        if (person.name() == null) {
            update.set("name", telegramName(user));
        }
        if (person.language() == null) {
            update.set("language", Language.fromTelegram(user.getLanguageCode()));
        }
        if (person.username() == null && user.getUserName() != null) {
            update.set("username", user.getUserName());
        }
        if (update.getUpdateObject().isEmpty()) {
            return Optional.of(person);
        }
        return Optional.ofNullable(mongo.findAndModify(byId(user.getId()), update,
                FindAndModifyOptions.options().returnNew(true), Person.class));
    }

    /**
     * True once per person: the first time they are greeted as approved. The mark is a field of
     * its own, set atomically, so a configured admin's very first /start is a welcome, not a
     * "welcome back", even when two updates race.
     */
    public boolean firstGreeting(long id) {
        Query query = Query.query(Criteria.where("_id").is(id).and(GREETED_AT).exists(false));
        return mongo.updateFirst(query, Update.update(GREETED_AT, clock.instant()), Person.class).getModifiedCount() > 0;
    }

    /** Makes sure a configured admin exists, is approved and holds the admin role. */
    public void ensureAdmin(long id) {
        Update update = new Update().set("status", PersonStatus.APPROVED)
                .addToSet("roles").each(Role.ADMIN, Role.EMPLOYEE)
                .setOnInsert("unreachable", false).setOnInsert("joinedAt", clock.instant());
        try {
            mongo.upsert(byId(id), update, Person.class);
        } catch (DuplicateKeyException raced) {
            mongo.updateFirst(byId(id), update, Person.class);
        }
    }

    /**
     * Gives or takes a role; an approved person given one is told when {@code key} names the change
     * (so telling it is done once). Setting a role a person has already changes nothing.
     */
    public Optional<Person> setRole(long id, Role role, boolean given, String key) {
        Query query = Query.query(given ? Criteria.where("_id").is(id).and("roles").ne(role)
                : Criteria.where("_id").is(id).and("roles").is(role));
        Update update = given ? new Update().addToSet("roles", role) : new Update().pull("roles", role);
        Person current = mongo.findById(id, Person.class);
        if (given && key != null && current != null && current.isApproved()) {
            update.push(CarriesNotices.FIELD, PendingNotice.of(PersonNews.ROLE_ADDED,
                    Map.of("role", role.name(), "key", key), clock.instant()));
        }
        Person changed = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                Person.class);
        return Optional.ofNullable(changed != null ? relay.relay(changed) : mongo.findById(id, Person.class));
    }

    public Optional<Person> setDepartment(long id, String department) {
        return set(id, "department", department);
    }

    public Optional<Person> setLanguage(long id, Language language) {
        return set(id, "language", language);
    }

    /** Turns an approved person's access off, and tells them; empty if they were not approved. */
    public Optional<Person> deactivate(long id, String key) {
        return Optional.ofNullable(relay.relay(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(PersonStatus.APPROVED)),
                new Update().set("status", PersonStatus.DEACTIVATED).push(CarriesNotices.FIELD,
                        PendingNotice.of(PersonNews.DEACTIVATED, Map.of("key", key), clock.instant())),
                FindAndModifyOptions.options().returnNew(true), Person.class)));
    }

    public Optional<Person> reactivate(long id) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(PersonStatus.DEACTIVATED)),
                Update.update("status", PersonStatus.APPROVED), FindAndModifyOptions.options().returnNew(true),
                Person.class));
    }

    public void markUnreachable(long id, boolean unreachable) {
        mongo.updateFirst(byId(id), Update.update("unreachable", unreachable), Person.class);
    }

    public List<Person> pending() {
        return mongo.find(Query.query(Criteria.where("status").is(PersonStatus.PENDING))
                .with(Sort.by("joinedAt")), Person.class);
    }

    /** Approved people holding the role. */
    public List<Person> withRole(Role role) {
        return mongo.find(Query.query(Criteria.where("status").is(PersonStatus.APPROVED).and("roles").is(role)),
                Person.class);
    }

    public List<Person> withAnyRole(Collection<Role> roles) {
        return mongo.find(Query.query(Criteria.where("status").is(PersonStatus.APPROVED).and("roles").in(roles)),
                Person.class);
    }

    public List<Person> approved() {
        return mongo.find(Query.query(Criteria.where("status").is(PersonStatus.APPROVED)), Person.class);
    }

    /** People whose name contains the text, any status but pending, at most {@code limit}. */
    public List<Person> search(String text, int limit) {
        Query query = Query.query(Criteria.where("name").regex(Pattern.quote(text.strip()), "i")
                .and("status").ne(PersonStatus.PENDING)).with(Sort.by("name")).limit(limit);
        return mongo.find(query, Person.class);
    }

    private Optional<Person> set(long id, String field, Object value) {
        return Optional.ofNullable(mongo.findAndModify(byId(id), Update.update(field, value),
                FindAndModifyOptions.options().returnNew(true), Person.class));
    }

    private static Query byId(long id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    public static String telegramName(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = name + " " + user.getLastName();
        }
        name = name.strip();
        if (name.isEmpty()) {
            name = user.getUserName() != null ? user.getUserName() : "#" + user.getId();
        }
        return name.length() > Person.MAX_NAME_LENGTH ? name.substring(0, Person.MAX_NAME_LENGTH) : name;
    }
}
