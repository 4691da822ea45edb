package com.houqin.telegram;

import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells failures that pass (the store out of reach, Telegram down or asking us to wait) from
 * those that do not (a bug, a refusal): the first are worth trying again, the second are not.
 */
public final class PassingTrouble {

    private PassingTrouble() {
    }

    /** The failure as a {@link TryAgainLater}, or null when trying again would not help. */
    public static TryAgainLater of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TryAgainLater again) {
                return again;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                return new TryAgainLater("the store is out of reach: " + t.getMessage(), failure, true, null);
            }
            if (t instanceof BotApiException api && (api.isTransient() || api.isTooManyRequests())) {
                Duration wait = api.isTooManyRequests() ? api.retryAfter() : null;
                return new TryAgainLater("Telegram failed: " + api.getMessage(), failure, false, wait);
            }
        }
        return null;
    }
}
