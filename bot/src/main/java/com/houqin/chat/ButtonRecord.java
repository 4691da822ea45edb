package com.houqin.chat;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a button means, kept on the server. The button itself carries only the id, so its data
 * stays within Telegram's 64 bytes and cannot be forged into another action.
 */
// housekeeping forgets old buttons
@CompoundIndex(name = "created", def = "{'createdAt': 1}")
@Document("buttons")
public record ButtonRecord(
        @Id String id,
        String action,
        Map<String, String> args,
        Long ownerId,
        Instant createdAt) {

    public ButtonRecord {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public String arg(String name) {
        return args.get(name);
    }

    public long longArg(String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalStateException("button " + id + " has no " + name);
        }
        return Long.parseLong(value);
    }
}
