package com.houqin.chat;

import java.util.Optional;

import com.houqin.i18n.Language;

/**
 * What a deep link ({@code t.me/bot?start=<payload>}, arriving as {@code /start <payload>})
 * opens, for payloads with a prefix such as {@code loc_}. Declare as a bean.
 */
public interface StartPayload {

    /** E.g. "loc_". */
    String prefix();

    Access access();

    void handle(Incoming in, String value);

    /**
     * The label of a button that opens this link later, for a newcomer who followed it before
     * they could use it (e.g. "🔧 Report a problem at Room 204"); empty when there is nothing to open.
     */
    default Optional<String> resumeLabel(Language language, String value) {
        return Optional.empty();
    }
}
