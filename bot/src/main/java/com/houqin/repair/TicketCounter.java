package com.houqin.repair;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The ticket number counter: one atomic $inc per ticket, so numbers never repeat. */
@Document("counters")
record TicketCounter(@Id String name, long value) {

    /** Numbers start above this, so every ticket number has four digits or more. */
    static final long FIRST = 1000;
}
