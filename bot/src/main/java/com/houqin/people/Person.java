package com.houqin.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.i18n.Language;
import com.houqin.outbox.CarriesNotices;
import com.houqin.outbox.PendingNotice;

/**
 * Someone known to the bot. The id is their Telegram user id, which is also the id of their
 * private chat with the bot. Changed only by single-document atomic updates in {@link People},
 * which write the news of a change into {@code notices} with it. {@code application} names their
 * latest request to join (the admins' copies of it are edited together when it is decided).
 */
@Document("people")
public record Person(
        @Id long id,
        String name,
        String department,
        Set<Role> roles,
        PersonStatus status,
        Language language,
        String username,
        boolean unreachable,
        Instant joinedAt,
        Long decidedBy,
        String application,
        String startedFrom,
        List<PendingNotice> notices) implements CarriesNotices {

    public static final int MAX_NAME_LENGTH = 60;

    /** Someone approved at once (set up by an admin or a test), with nothing to tell anyone. */
    public static Person approved(long id, String name, String department, Set<Role> roles, Instant joinedAt,
                                  Long decidedBy) {
        return new Person(id, name, department, roles, PersonStatus.APPROVED, null, null, false, joinedAt, decidedBy,
                null, null, List.of());
    }

    public Person {
        notices = notices == null ? List.of() : List.copyOf(notices);
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (status == null) {
            throw new IllegalArgumentException("a person has a status");
        }
    }

    public boolean isApproved() {
        return status == PersonStatus.APPROVED;
    }

    public boolean has(Role role) {
        return isApproved() && roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return isApproved() && wanted.stream().anyMatch(roles::contains);
    }

    /** The language to write to them in (English until they or Telegram told us otherwise). */
    public Language lang() {
        return language == null ? Language.EN : language;
    }

    public long chatId() {
        return id;
    }

    public String displayName() {
        return name == null || name.isBlank() ? "#" + id : name;
    }
}
