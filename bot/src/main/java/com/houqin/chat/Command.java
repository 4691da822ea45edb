package com.houqin.chat;

/**
 * A slash command. Declare it as a bean: the router finds it by name, checks {@link #access()}
 * before calling it, and lists it in /help and the command menu for those who may use it.
 */
public interface Command {

    /** The command without its slash, e.g. "repair". */
    String name();

    Access access();

    /** Where it stands in /help and the menu. */
    default int order() {
        return 100;
    }

    /** The bundle key of its one-line description. */
    default String descriptionKey() {
        return "command." + name();
    }

    /** @param args what followed the command, trimmed; empty if nothing */
    void handle(Incoming in, String args);
}
