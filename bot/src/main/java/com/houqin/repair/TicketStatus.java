package com.houqin.repair;

import java.util.EnumSet;
import java.util.Set;

/** Where a repair job stands. */
public enum TicketStatus {
    /** Reported; no technician has taken it yet. */
    NEW,
    ACCEPTED,
    IN_PROGRESS,
    /** Paused for parts or access; the clocks stop until it is resumed. */
    WAITING,
    /** The technician says it is fixed; the reporter has not confirmed yet. */
    DONE,
    /** Confirmed fixed (or left unconfirmed long enough). */
    CLOSED,
    CANCELLED;

    /** Still someone's work: neither done nor closed nor cancelled. */
    public static final Set<TicketStatus> OPEN = EnumSet.of(NEW, ACCEPTED, IN_PROGRESS, WAITING);

    /** A technician owns it and is working on it (or about to). */
    public static final Set<TicketStatus> OWNED = EnumSet.of(ACCEPTED, IN_PROGRESS, WAITING);

    public String textKey() {
        return "repair.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
