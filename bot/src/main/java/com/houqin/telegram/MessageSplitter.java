package com.houqin.telegram;

import java.util.ArrayList;
import java.util.List;

/** Cuts a long text into pieces Telegram accepts, between lines wherever it can. */
public final class MessageSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private MessageSplitter() {
    }

    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            while (line.length() > limit) {
                flush(current, parts);
                int cut = line.lastIndexOf(' ', limit);
                cut = cut <= 0 ? limit : cut;
                parts.add(line.substring(0, cut));
                line = line.substring(cut).stripLeading();
            }
            int needed = current.isEmpty() ? line.length() : current.length() + 1 + line.length();
            if (needed > limit) {
                flush(current, parts);
            }
            if (!current.isEmpty()) {
                current.append('\n');
            }
            current.append(line);
        }
        flush(current, parts);
        if (parts.isEmpty()) {
            parts.add("");
        }
        return parts;
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (!current.isEmpty()) {
            String piece = current.toString().strip();
            if (!piece.isEmpty()) {
                parts.add(piece);
            }
            current.setLength(0);
        }
    }
}
