package com.houqin.telegram;

/**
 * How far a message got: whether its photos went out, how many of its text parts were delivered,
 * and the id of the last one. A message sent again after a failure starts from here, so nothing
 * already delivered is sent twice.
 */
public record SendProgress(boolean photosDone, int partsDone, int messageId) {

    public static final SendProgress NOTHING_YET = new SendProgress(false, 0, 0);

    SendProgress withPhotosDone() {
        return new SendProgress(true, partsDone, messageId);
    }

    SendProgress withPart(int part, int id) {
        return new SendProgress(true, part + 1, id);
    }
}
