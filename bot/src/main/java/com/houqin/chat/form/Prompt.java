package com.houqin.chat.form;

import java.util.List;

/** A question as shown: its text and its buttons, laid out {@code perRow} to a row. */
public record Prompt(String text, List<Choice> choices, int perRow, List<String> photoIds) {

    public Prompt {
        choices = choices == null ? List.of() : List.copyOf(choices);
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public static Prompt of(String text) {
        return new Prompt(text, List.of(), 1, List.of());
    }

    public static Prompt of(String text, List<Choice> choices, int perRow) {
        return new Prompt(text, choices, perRow, List.of());
    }
}
