package com.houqin.chat.form;

import com.houqin.chat.Incoming;

/** Reads typed text for a question. */
@FunctionalInterface
public interface TextParser {

    Parsed parse(Incoming in, FormData data, String text);
}
