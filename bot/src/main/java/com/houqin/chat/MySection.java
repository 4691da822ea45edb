package com.houqin.chat;

import java.util.List;

import com.houqin.telegram.Outgoing;

/**
 * A feature's part of /my: the person's own open requests (repairs, car bookings...), as
 * messages, each with its own buttons. Declare as a bean.
 */
public interface MySection {

    int order();

    /** Nothing when the person has nothing open here. */
    List<Outgoing> render(Incoming in);
}
