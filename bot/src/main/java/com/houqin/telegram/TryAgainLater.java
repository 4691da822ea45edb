package com.houqin.telegram;

/**
 * Handling an update could not finish for a reason that passes (the store is out of reach,
 * Telegram failed or asked to wait): the update stays unhandled and is taken up again later.
 */
public class TryAgainLater extends RuntimeException {

    private final boolean storeTrouble;
    private final java.time.Duration notBefore;

    public TryAgainLater(String message, Throwable cause, boolean storeTrouble, java.time.Duration notBefore) {
        super(message, cause);
        this.storeTrouble = storeTrouble;
        this.notBefore = notBefore;
    }

    /** How long Telegram asked us to wait, if it did. */
    public java.time.Duration notBefore() {
        return notBefore;
    }

    /** The store, not Telegram, failed: this is worth waiting for however long it takes. */
    public boolean isStoreTrouble() {
        return storeTrouble;
    }
}
