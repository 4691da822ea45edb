package com.houqin.chat;

/**
 * What a button does when pressed: its name (stored in the button record, e.g. "repair.accept"),
 * who may press it, and what it does. {@link ButtonPresses} loads the record a button's data
 * names, checks {@code access} against the presser's current roles, then calls the handler.
 * Buttons are declared in a {@link ButtonSet}, next to the card that shows them.
 */
public record ButtonAction(String name, Access access, Handler handler) {

    /** What happens on a press, once the presser is allowed. */
    @FunctionalInterface
    public interface Handler {
        void handle(Incoming in, ButtonRecord button);
    }

    public static ButtonAction of(String name, Access access, Handler handler) {
        return new ButtonAction(name, access, handler);
    }
}
