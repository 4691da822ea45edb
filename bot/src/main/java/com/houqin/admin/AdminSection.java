package com.houqin.admin;

import com.houqin.chat.Incoming;

/** An entry of the /admin menu. Features add their own (places, vehicles...) as beans. */
public interface AdminSection {

    String id();

    default int order() {
        return 100;
    }

    /** The button's label, in the admin's language. */
    String label(Incoming in);

    void open(Incoming in);
}
