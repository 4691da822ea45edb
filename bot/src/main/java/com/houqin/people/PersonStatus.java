package com.houqin.people;

public enum PersonStatus {
    /** Asked to join; an admin has not decided yet. */
    PENDING,
    APPROVED,
    REJECTED,
    /** Was approved; an admin turned their access off. */
    DEACTIVATED
}
