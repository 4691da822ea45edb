package com.houqin.chat;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.houqin.people.Person;
import com.houqin.people.Role;

/** Who may use a command or press a button. Checked on the server for every update. */
public final class Access {

    private static final Access ANYONE = new Access(false, Set.of());
    private static final Access APPROVED = new Access(true, Set.of());

    private final boolean approvedOnly;
    private final Set<Role> anyOf;

    private Access(boolean approvedOnly, Set<Role> anyOf) {
        this.approvedOnly = approvedOnly;
        this.anyOf = anyOf;
    }

    /** Even someone the bot does not know yet. */
    public static Access anyone() {
        return ANYONE;
    }

    /** Any approved person. */
    public static Access approved() {
        return APPROVED;
    }

    /** Approved people holding at least one of these roles. */
    public static Access roles(Role first, Role... more) {
        // an EnumSet keeps the enum's order, so refusals list the roles the same way every time
        return new Access(true, Collections.unmodifiableSet(EnumSet.of(first, more)));
    }

    public boolean allows(Person person) {
        if (!approvedOnly) {
            return true;
        }
        if (person == null || !person.isApproved()) {
            return false;
        }
        return anyOf.isEmpty() || person.hasAny(anyOf);
    }

    public Set<Role> roles() {
        return anyOf;
    }
}
