package com.houqin.chat;

import java.util.List;
import java.util.function.IntConsumer;

import com.houqin.telegram.Outgoing;

/**
 * A feature's part of /my: the person's own open requests (repairs, car bookings...), as
 * messages, each with its own buttons. Declare as a bean.
 */
public interface MySection {

    int order();

    /** Nothing when the person has nothing open here. */
    List<Outgoing> render(Incoming in);

    /**
     * The messages with what to do once each is sent (given its message id), for a section that
     * edits its messages later, when the item moves on.
     */
    default List<Card> cards(Incoming in) {
        return render(in).stream().map(m -> new Card(m, messageId -> { })).toList();
    }

    record Card(Outgoing message, IntConsumer sent) {
    }
}
