package com.houqin.chat;

/**
 * Handles a message that is neither a command nor an answer to a form, such as a photo with a
 * caption that starts a repair report. Declare as a bean; the first that takes it wins.
 */
public interface FreeInput {

    Access access();

    default int order() {
        return 100;
    }

    /** Returns true when it handled the message. */
    boolean tryHandle(Incoming in);
}
