package com.houqin.outbox;

import java.util.List;

/** A document whose changes carry their notices inside it (in a field named {@code notices}). */
public interface CarriesNotices {

    String FIELD = "notices";

    List<PendingNotice> notices();
}
