package com.houqin.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
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
// the approved people; the waiting list, oldest first
@CompoundIndex(name = "status_joined", def = "{'status': 1, 'joinedAt': 1}")
// who holds a role (technicians, cooks, dispatchers, managers...)
@CompoundIndex(name = "roles_status", def = "{'roles': 1, 'status': 1}")
// an admin's search by name
@CompoundIndex(name = "name", def = "{'name': 1}")
// the relay sweeps documents whose notices are still waiting
@CompoundIndex(name = "notices_waiting", def = "{'notices.0': 1}", sparse = true)
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
        return builder(id).name(name).department(department).roles(roles).status(PersonStatus.APPROVED)
                .joinedAt(joinedAt).decidedBy(decidedBy).build();
    }

    public static Builder builder(long id) {
        return new Builder(id);
    }

    /** Names each field set; the rest stay empty (no language yet, reachable, no notices). */
    public static final class Builder {
        private final long id;
        private String name;
        private String department;
        private Set<Role> roles = Set.of();
        private PersonStatus status = PersonStatus.PENDING;
        private Language language;
        private String username;
        private Instant joinedAt;
        private Long decidedBy;

        private Builder(long id) {
            this.id = id;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder department(String department) {
            this.department = department;
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles = roles;
            return this;
        }

        public Builder status(PersonStatus status) {
            this.status = status;
            return this;
        }

        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder joinedAt(Instant joinedAt) {
            this.joinedAt = joinedAt;
            return this;
        }

        public Builder decidedBy(Long decidedBy) {
            this.decidedBy = decidedBy;
            return this;
        }

        public Person build() {
            return new Person(id, name, department, roles, status, language, username, false, joinedAt, decidedBy,
                    null, null, List.of());
        }
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
