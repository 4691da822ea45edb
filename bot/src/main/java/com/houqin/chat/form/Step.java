package com.houqin.chat.form;

import com.houqin.chat.Incoming;

/** One question of a form. */
public interface Step {

    String id();

    /** Whether the question is asked; by default, when it has no answer yet (prefilled answers skip it). */
    default boolean applies(FormData data) {
        return !data.has(id());
    }

    Prompt prompt(Incoming in, FormData data);

    /** Looks at an input; stores it in {@code data} when accepted. */
    Answer answer(Incoming in, FormData data, Input input);
}
