package com.houqin.people;

/** The kinds of news a change to a person carries with it (see {@link People}); the onboarding module tells them. */
public final class PersonNews {

    public static final String APPLIED = "applied";
    public static final String DECIDED = "decided";
    public static final String ROLE_ADDED = "role-added";
    public static final String DEACTIVATED = "deactivated";

    private PersonNews() {
    }
}
