package com.houqin.chat.form;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A form in progress in one chat: which form, which step, the answers so far and the steps
 * answered (for Back). Stored, so a restart in the middle of a form loses nothing.
 */
@Document("conversations")
record FormState(
        @Id long chatId,
        long userId,
        String form,
        String formId,
        String step,
        Map<String, Object> data,
        List<String> history,
        Instant updatedAt,
        Instant expiresAt) {

    FormState {
        data = data == null ? Map.of() : data;
        history = history == null ? List.of() : List.copyOf(history);
    }
}
