package com.houqin.chat.form;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A form in progress in one chat: which form, which step, the answers so far and the steps
 * answered (for Back). Stored, so a restart in the middle of a form loses nothing.
 * {@code lastUpdate} is the update that last moved the form and {@code before} where the form stood
 * before it: when that update is handled again (a crash interrupted it), it starts from there, so
 * it takes the same path and its answer is not applied twice. {@code version} counts the saves: a
 * save applies only to the version it was loaded at (see {@link FormStates#save}); null for a form
 * not stored yet.
 */
// housekeeping drops forms that idled out
@CompoundIndex(name = "expires", def = "{'expiresAt': 1}")
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
        Instant expiresAt,
        Integer lastUpdate,
        Position before,
        Long version) {

    FormState {
        data = data == null ? Map.of() : data;
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Where a form stood: its step, answers and the steps answered. */
    record Position(String step, Map<String, Object> data, List<String> history) {
    }

    Position position() {
        return new Position(step, data, history);
    }

    /** The form as this update found it: as stored, or as it stood before this update moved it. */
    FormState asFoundBy(int updateId) {
        if (lastUpdate != null && lastUpdate == updateId) {
            return before == null ? this : moved(before.step(), before.data(), before.history());
        }
        return new FormState(chatId, userId, form, formId, step, data, history, updatedAt, expiresAt, updateId,
                position(), version);
    }

    FormState moved(String newStep, Map<String, Object> newData, List<String> newHistory) {
        return new FormState(chatId, userId, form, formId, newStep, newData, newHistory, updatedAt, expiresAt,
                lastUpdate, before, version);
    }
}
