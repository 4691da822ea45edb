package com.houqin.telegram;

import java.time.Duration;

/**
 * A Bot API call that failed. {@code errorCode} is Telegram's (429, 403, 400, 5xx), or 0 when
 * the call did not get an answer (network).
 */
public class BotApiException extends RuntimeException {

    private final int errorCode;
    private final Duration retryAfter;

    public BotApiException(String message, int errorCode, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.retryAfter = retryAfter;
    }

    public int errorCode() {
        return errorCode;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isTooManyRequests() {
        return errorCode == 429;
    }

    /** The person blocked the bot or left the chat. */
    public boolean isForbidden() {
        return errorCode == 403;
    }

    /** Worth trying again later: no answer at all, or a server-side failure. */
    public boolean isTransient() {
        return errorCode == 0 || errorCode >= 500;
    }

    /**
     * Telegram looked at the request and said no (400 and the like: a bad file id, a message that
     * cannot be edited, a method it does not offer) — not a matter of rate, access or network.
     */
    public boolean isRefusal() {
        return errorCode >= 400 && errorCode < 500 && errorCode != 403 && errorCode != 429;
    }

    /**
     * The call may or may not have reached Telegram: an answer that timed out or could not be read,
     * as opposed to a connection that was never made.
     */
    public boolean isOutcomeUnknown() {
        if (errorCode != 0) {
            return false;
        }
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return false;
            }
        }
        return true;
    }

    public boolean isMessageNotModified() {
        return errorCode == 400 && getMessage() != null && getMessage().contains("message is not modified");
    }
}
