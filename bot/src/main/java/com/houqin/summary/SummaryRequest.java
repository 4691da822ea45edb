package com.houqin.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.houqin.i18n.Language;
import com.houqin.people.Role;

/**
 * What a summary is asked for: which working day, as of when, in which language, and the roles of
 * the person who reads it (a dispatcher reads the cars with each rider).
 */
public record SummaryRequest(LocalDate day, Instant asOf, Language language, Set<Role> readerRoles) {

    public SummaryRequest {
        readerRoles = Set.copyOf(readerRoles);
    }

    public boolean readBy(Role role) {
        return readerRoles.contains(role);
    }
}
