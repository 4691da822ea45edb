package com.houqin.telegram;

/** An inline button: what it says, and the callback data it carries (a short record id). */
public record Button(String label, String data) {

    public Button {
        if (data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("callback data over Telegram's 64 bytes");
        }
    }
}
