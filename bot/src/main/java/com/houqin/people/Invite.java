package com.houqin.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** An invite link an admin made for a department: whoever opens it joins approved, until it expires or is revoked. */
// the admin's list of active invites, oldest first
@CompoundIndex(name = "active", def = "{'revoked': 1, 'createdAt': 1}")
@Document("invites")
public record Invite(
        @Id String code,
        String department,
        long createdBy,
        Instant createdAt,
        Instant expiresAt,
        boolean revoked,
        int uses) {

    public boolean isValidAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}
