package com.houqin.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * A message the bot sends: plain text (never parsed as markup, so what people typed is shown
 * as typed), optional inline buttons in rows, and optionally photos or a picture to upload.
 */
public record Outgoing(String text, List<List<Button>> keyboard, List<String> photoIds, Upload upload) {

    public Outgoing {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    /** A file made by the bot, such as a QR code. */
    public record Upload(String fileName, byte[] bytes) {
        /** A PNG or JPEG goes as a photo; any other file (a spreadsheet) as a document. */
        public boolean isPicture() {
            String name = fileName.toLowerCase(java.util.Locale.ROOT);
            return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
        }
    }

    public static Outgoing text(String text) {
        return new Outgoing(text, List.of(), List.of(), null);
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public boolean hasKeyboard() {
        return !keyboard.isEmpty();
    }

    public Outgoing withoutKeyboard() {
        return new Outgoing(text, List.of(), photoIds, upload);
    }

    public Outgoing withText(String newText) {
        return new Outgoing(newText, keyboard, photoIds, upload);
    }

    public static final class Builder {
        private final String text;
        private final List<List<Button>> rows = new ArrayList<>();
        private final List<String> photoIds = new ArrayList<>();
        private Upload upload;

        private Builder(String text) {
            this.text = text;
        }

        public Builder row(Button... buttons) {
            if (buttons.length > 0) {
                rows.add(List.of(buttons));
            }
            return this;
        }

        public Builder row(List<Button> buttons) {
            if (!buttons.isEmpty()) {
                rows.add(List.copyOf(buttons));
            }
            return this;
        }

        /** Lays the buttons out in rows of at most {@code perRow}. */
        public Builder grid(List<Button> buttons, int perRow) {
            for (int i = 0; i < buttons.size(); i += perRow) {
                rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
            }
            return this;
        }

        public Builder photos(List<String> ids) {
            photoIds.addAll(ids);
            return this;
        }

        public Builder upload(String fileName, byte[] bytes) {
            this.upload = new Upload(fileName, bytes);
            return this;
        }

        public Outgoing build() {
            return new Outgoing(text, rows, photoIds, upload);
        }
    }
}
