package com.houqin.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.houqin.i18n.Language;

/**
 * Someone known to the bot. The id is their Telegram user id, which is also the id of their
 * private chat with the bot. Changed only by single-document atomic updates in {@link People}.
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
        Long decidedBy) {

    public static final int MAX_NAME_LENGTH = 60;

    public Person {
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
