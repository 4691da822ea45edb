package com.houqin.chat.form;

/** The usual checks on free text: not blank, not too long. */
public final class TextLimits {

    private TextLimits() {
    }

    public static TextParser upTo(int maxLength) {
        return (in, data, text) -> check(text, maxLength);
    }

    public static Parsed check(String text, int maxLength) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.error("form.text-empty");
        }
        int length = t.codePointCount(0, t.length());
        if (length > maxLength) {
            return Parsed.error("form.text-too-long", length, maxLength);
        }
        return Parsed.ok(t);
    }
}
