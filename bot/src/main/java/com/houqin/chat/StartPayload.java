package com.houqin.chat;

/**
 * What a deep link ({@code t.me/bot?start=<payload>}, arriving as {@code /start <payload>})
 * opens, for payloads with a prefix such as {@code loc_}. Declare as a bean.
 */
public interface StartPayload {

    /** E.g. "loc_". */
    String prefix();

    Access access();

    void handle(Incoming in, String value);
}
