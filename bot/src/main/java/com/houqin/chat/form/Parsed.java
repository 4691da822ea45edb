package com.houqin.chat.form;

/** The outcome of reading typed text: a value to store, or a bundle key saying what is wrong. */
public record Parsed(String value, String errorKey, Object[] errorArgs) {

    public static Parsed ok(String value) {
        return new Parsed(value, null, null);
    }

    public static Parsed error(String key, Object... args) {
        return new Parsed(null, key, args);
    }

    public boolean isOk() {
        return errorKey == null;
    }
}
