package com.houqin.chat.form;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import com.houqin.chat.Incoming;

/**
 * A question answered with a button, with typed text, or with either (buttons offered as
 * shortcuts, such as recent places or "tomorrow"). Text where only buttons are accepted, or a
 * sticker, gets a polite "please tap a button" (or "tap a button or type", where both are
 * accepted) and the question again.
 */
public final class Question implements Step {

    private final String id;
    private final BiFunction<Incoming, FormData, String> text;
    private final BiFunction<Incoming, FormData, List<Choice>> choices;
    private final int perRow;
    private final TextParser textParser;
    private final Predicate<FormData> condition;
    private final String photoField;

    private Question(Builder b) {
        this.id = b.id;
        this.text = b.text;
        this.choices = b.choices;
        this.perRow = b.perRow;
        this.textParser = b.textParser;
        this.condition = b.condition;
        this.photoField = b.photoField;
    }

    public static Builder ask(String id) {
        return new Builder(id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean applies(FormData data) {
        return !data.has(id) && condition.test(data);
    }

    @Override
    public Prompt prompt(Incoming in, FormData data) {
        return Prompt.of(text.apply(in, data), choices.apply(in, data), perRow);
    }

    @Override
    public Answer answer(Incoming in, FormData data, Input input) {
        if (input.isChoice()) {
            boolean offered = choices.apply(in, data).stream().anyMatch(c -> c.value().equals(input.choice()));
            if (!offered) {
                return Answer.retry("form.choice-gone");
            }
            data.put(id, input.choice());
            return Answer.next();
        }
        if (input.isPhoto() && photoField != null) {
            data.add(photoField, input.photoId());
            if (input.text() == null || input.text().isBlank()) {
                return Answer.stay(Prompt.of(in.t("form.photo-added-need-text", data.getList(photoField).size()),
                        choices.apply(in, data), perRow));
            }
            return answerText(in, data, input.text());
        }
        if (input.isText()) {
            return answerText(in, data, input.text());
        }
        if (textParser == null) {
            return Answer.retry("form.tap-a-button");
        }
        return Answer.retry(choices.apply(in, data).isEmpty() ? "form.text-please" : "form.tap-or-type");
    }

    private Answer answerText(Incoming in, FormData data, String typed) {
        String trimmed = typed.strip();
        if (textParser == null) {
            for (Choice c : choices.apply(in, data)) {
                if (c.label().equalsIgnoreCase(trimmed)) {
                    data.put(id, c.value());
                    return Answer.next();
                }
            }
            return Answer.retry("form.tap-a-button");
        }
        Parsed parsed = textParser.parse(in, data, trimmed);
        if (!parsed.isOk()) {
            return Answer.retry(parsed.errorKey(), parsed.errorArgs());
        }
        data.put(id, parsed.value());
        return Answer.next();
    }

    public static final class Builder {
        private final String id;
        private BiFunction<Incoming, FormData, String> text;
        private BiFunction<Incoming, FormData, List<Choice>> choices = (in, d) -> List.of();
        private int perRow = 2;
        private TextParser textParser;
        private Predicate<FormData> condition = d -> true;
        private String photoField;

        private Builder(String id) {
            this.id = id;
        }

        /** The question's text, from the bundle. */
        public Builder prompt(String key) {
            this.text = (in, d) -> in.t(key);
            return this;
        }

        public Builder prompt(BiFunction<Incoming, FormData, String> text) {
            this.text = text;
            return this;
        }

        public Builder choices(BiFunction<Incoming, FormData, List<Choice>> choices) {
            this.choices = choices;
            return this;
        }

        public Builder perRow(int perRow) {
            this.perRow = perRow;
            return this;
        }

        /** Accept typed text, read by this parser. */
        public Builder text(TextParser parser) {
            this.textParser = parser;
            return this;
        }

        /** Accept typed free text of 1 to {@code maxLength} characters. */
        public Builder freeText(int maxLength) {
            return text(TextLimits.upTo(maxLength));
        }

        /** A photo sent here is kept in this field; its caption, if any, answers the question. */
        public Builder photosInto(String field) {
            this.photoField = field;
            return this;
        }

        /** Ask only when this holds. */
        public Builder when(Predicate<FormData> condition) {
            this.condition = condition;
            return this;
        }

        public Question build() {
            if (text == null) {
                throw new IllegalStateException("question " + id + " needs a prompt");
            }
            return new Question(this);
        }
    }
}
