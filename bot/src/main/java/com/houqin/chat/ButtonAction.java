package com.houqin.chat;

/**
 * What a button does when pressed. The button's data names a server-side record; the router
 * loads it, checks {@link #access()} against the presser's current roles, then calls this.
 */
public interface ButtonAction {

    /** Stored in the button record, e.g. "people.approve". */
    String name();

    Access access();

    void handle(Incoming in, ButtonRecord button);
}
