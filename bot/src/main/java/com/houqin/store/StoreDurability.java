package com.houqin.store;

/**
 * Makes what has been written durable before the bot tells a person it is done. A real
 * MongoDB acknowledges writes itself; the embedded store commits to disk in the background,
 * so it is committed here.
 */
@FunctionalInterface
public interface StoreDurability {

    void flush();

    StoreDurability SERVER_ACKNOWLEDGED = () -> { };
}
