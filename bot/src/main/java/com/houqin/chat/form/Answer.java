package com.houqin.chat.form;

/** What a step decided about an input. */
public sealed interface Answer {

    /** Accepted (the step stored it): go on to the next step that still needs an answer. */
    record Next() implements Answer { }

    /** Not accepted: say why (a bundle key) and ask the same question again. */
    record Retry(String key, Object[] args) implements Answer { }

    /**
     * Stay on this step and show this, with its buttons answering this step
     * (e.g. "photo 2 added: send more or tap Done").
     */
    record Stay(Prompt prompt) implements Answer { }

    /** Jump to another step (Edit from the summary); its earlier answer is cleared. */
    record GoTo(String stepId) implements Answer { }

    /** The form is complete. */
    record Finish() implements Answer { }

    /** The person gave up the form. */
    record Cancel() implements Answer { }

    static Answer next() {
        return new Next();
    }

    static Answer retry(String key, Object... args) {
        return new Retry(key, args);
    }

    static Answer stay(Prompt prompt) {
        return new Stay(prompt);
    }

    static Answer goTo(String stepId) {
        return new GoTo(stepId);
    }

    static Answer finish() {
        return new Finish();
    }

    static Answer cancel() {
        return new Cancel();
    }
}
