package com.houqin.chat.form;

/** What the person gave a form step: typed text, a photo (with its caption), a button value, or something else. */
public record Input(Kind kind, String text, String photoId, String choice) {

    public enum Kind { TEXT, PHOTO, CHOICE, OTHER }

    public static Input text(String text) {
        return new Input(Kind.TEXT, text, null, null);
    }

    public static Input photo(String photoId, String caption) {
        return new Input(Kind.PHOTO, caption, photoId, null);
    }

    public static Input choice(String value) {
        return new Input(Kind.CHOICE, null, null, value);
    }

    public static Input other() {
        return new Input(Kind.OTHER, null, null, null);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    public boolean isPhoto() {
        return kind == Kind.PHOTO;
    }
}
