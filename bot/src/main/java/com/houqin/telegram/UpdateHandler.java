package com.houqin.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** Handles updates. Called for the updates of a chat one at a time, in order. */
public interface UpdateHandler {

    /**
     * Handles one update. Throws {@link TryAgainLater} when it could not finish for a reason that
     * passes; it is then handled again, its replies numbered as before.
     */
    void handle(ReceivedUpdate update);

    /** The update cannot even be stored while the store is out of reach: say an answer will come. */
    void cannotStoreYet(Update update);
}
