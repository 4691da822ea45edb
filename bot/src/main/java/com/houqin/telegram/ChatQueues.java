package com.houqin.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for many chats on a shared pool: one chat's work runs in order, one item at a
 * time; different chats run in parallel, so a slow chat delays nobody else.
 */
class ChatQueues implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

    private final ExecutorService pool;
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatQueues(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "houqin-chat-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void submit(long chatId, Runnable work) {
        tails.compute(chatId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> runSafely(work), pool);
            next.whenComplete((ignored, error) -> tails.remove(id, next));
            return next;
        });
    }

    private static void runSafely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Unhandled error while handling an update", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
