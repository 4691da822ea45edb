package com.houqin.meal;

import com.houqin.chat.form.Parsed;

/** Reads a typed count (guests, meals served): a whole number from 0 to a maximum. */
final class NumberInput {

    private NumberInput() {
    }

    /** @param tooManyKey the bundle key that explains the maximum ({0} is the maximum) */
    static Parsed count(String text, int max, String tooManyKey) {
        String t = digits(text == null ? "" : text).strip().replace(" ", "");
        if (!t.matches("[-−]?\\d+")) {
            return Parsed.error("meal.number.not-number", max);
        }
        if (t.startsWith("-") || t.startsWith("−")) {
            return Parsed.error("meal.number.negative", max);
        }
        String value = t.replaceFirst("^0+(?=\\d)", "");
        if (value.length() > 9 || Integer.parseInt(value) > max) {
            return Parsed.error(tooManyKey, max);
        }
        return Parsed.ok(value);
    }

    private static String digits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            // full-width digits and minus, as Chinese keyboards type them
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c == '－' ? '-' : c);
        }
        return b.toString();
    }
}
