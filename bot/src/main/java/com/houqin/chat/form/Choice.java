package com.houqin.chat.form;

/** A button in a form question: its label and the value stored when it is pressed. */
public record Choice(String label, String value) {
}
