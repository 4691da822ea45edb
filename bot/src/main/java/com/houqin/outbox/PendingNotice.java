package com.houqin.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something a change of state has to tell people, written into the changed document by the same
 * atomic write as the change itself, so a crash leaves either both or neither. The
 * {@link NoticeRelay} later turns it into outbox messages (whose keys make a repeat harmless) and
 * takes it out of the document. {@code kind} and {@code args} are the feature's own: enough for its
 * {@link NoticeWriter} to say what happened, read together with the document.
 */
public record PendingNotice(String id, String kind, Map<String, String> args, Instant at) {

    public PendingNotice {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static PendingNotice of(String kind, Map<String, String> args, Instant at) {
        return new PendingNotice(UUID.randomUUID().toString(), kind, args, at);
    }

    /** A notice whose arguments are given as name, value, name, value... */
    public static PendingNotice of(String kind, Instant at, String... namesAndValues) {
        Map<String, String> args = new java.util.HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(kind, args, at);
    }

    public String arg(String name) {
        return args.get(name);
    }
}
