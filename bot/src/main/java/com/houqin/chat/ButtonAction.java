package com.houqin.chat;

/**
 * What a button does when pressed: its name (stored in the button record, e.g. "repair.accept"),
 * who may press it, and what it does. The router loads the record a button's data names, checks
 * {@link #access()} against the presser's current roles, then calls {@link #handle}.
 * Buttons are declared in a {@link ButtonSet}, next to the card that shows them.
 */
public interface ButtonAction {

    String name();

    Access access();

    void handle(Incoming in, ButtonRecord button);

    /** What happens on a press, once the presser is allowed. */
    @FunctionalInterface
    interface Handler {
        void handle(Incoming in, ButtonRecord button);
    }

    static ButtonAction of(String name, Access access, Handler handler) {
        return new Declared(name, access, handler);
    }

    record Declared(String name, Access access, Handler handler) implements ButtonAction {
        @Override
        public void handle(Incoming in, ButtonRecord button) {
            handler.handle(in, button);
        }
    }
}
