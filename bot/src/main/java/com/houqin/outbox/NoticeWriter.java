package com.houqin.outbox;

/**
 * Turns the notices of one kind of document into outbox messages. Declared as a bean by the
 * feature that owns the document. Writing the same notice twice must be harmless: use keys that
 * name the change (the outbox queues a key once).
 */
public interface NoticeWriter<T extends CarriesNotices> {

    Class<T> documentType();

    void write(T document, PendingNotice notice);
}
