package com.houqin.outbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Moves the notices that changes wrote into their documents to the outbox. Right after each
 * change the feature hands the changed document here ({@link #relay}); whatever could not be moved
 * then (the store went away, the process died) is found again: documents that failed are retried
 * every few seconds, and every document still holding notices is swept at start and every
 * {@code houqin.outbox.relay-sweep}.
 */
@Component
public class NoticeRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeRelay.class);

    private final MongoTemplate mongo;
    private final ObjectProvider<NoticeWriter<?>> writerBeans;
    private volatile Map<Class<?>, NoticeWriter<?>> writers;
    private final OutboxProperties properties;
    private final Set<Failed> failed = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    private volatile boolean running;

    private record Failed(Class<? extends CarriesNotices> type, Object id) {
    }

    /** The writers are looked up when first needed: they depend on the stores that depend on this. */
    NoticeRelay(MongoTemplate mongo, ObjectProvider<NoticeWriter<?>> writers, OutboxProperties properties) {
        this.mongo = mongo;
        this.writerBeans = writers;
        this.properties = properties;
    }

    private Map<Class<?>, NoticeWriter<?>> writers() {
        if (writers == null) {
            writers = writerBeans.orderedStream()
                    .collect(Collectors.toMap(NoticeWriter::documentType, Function.identity()));
        }
        return writers;
    }

    /**
     * Queues the document's pending notices and takes them out of it. Never throws: what cannot be
     * moved now stays in the document and is moved later. Returns the document.
     */
    public <T extends CarriesNotices> T relay(T document) {
        if (document == null || document.notices().isEmpty()) {
            return document;
        }
        try {
            publish(document);
        } catch (RuntimeException e) {
            log.warn("Could not queue the notices of a {} yet ({}); trying again shortly",
                    document.getClass().getSimpleName(), e.getMessage());
            failed.add(new Failed(document.getClass(), idOf(document)));
        }
        return document;
    }

    @SuppressWarnings("unchecked")
    private <T extends CarriesNotices> void publish(T document) {
        NoticeWriter<T> writer = (NoticeWriter<T>) writers().get(document.getClass());
        if (writer == null) {
            throw new IllegalStateException("nobody writes the notices of " + document.getClass().getName());
        }
        List<String> ids = document.notices().stream().map(PendingNotice::id).toList();
        for (PendingNotice notice : document.notices()) {
            writer.write(document, notice);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(idOf(document))),
                new Update().pull(CarriesNotices.FIELD, new Document("id", new Document("$in", ids))),
                document.getClass());
    }

    /** Moves every notice still waiting in any document; returns how many documents held some. */
    public int sweep() {
        int documents = 0;
        for (Class<?> type : writers().keySet()) {
            List<?> waiting = mongo.find(Query.query(Criteria.where(CarriesNotices.FIELD + ".0").exists(true)), type);
            for (Object document : waiting) {
                relay((CarriesNotices) document);
                documents++;
            }
        }
        return documents;
    }

    private void retryFailed() {
        for (Failed f : List.copyOf(failed)) {
            try {
                CarriesNotices document = mongo.findById(f.id(), f.type());
                if (document != null && !document.notices().isEmpty()) {
                    publish(document);
                }
                failed.remove(f);
            } catch (RuntimeException e) {
                log.debug("Notices of {} {} still cannot be queued: {}", f.type().getSimpleName(), f.id(), e.getMessage());
            }
        }
    }

    private void sweepQuietly() {
        try {
            int documents = sweep();
            if (documents > 0) {
                log.info("Queued the notices left in {} documents", documents);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for notices left in documents: {}", e.getMessage());
        }
    }

    private Object idOf(Object document) {
        return mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document).getRequiredIdentifier();
    }

    @Override
    public void start() {
        running = true;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "houqin-notice-relay");
            t.setDaemon(true);
            return t;
        });
        timer.execute(this::sweepQuietly);
        long retry = properties.relayRetry().toMillis();
        timer.scheduleWithFixedDelay(this::retryFailed, retry, retry, TimeUnit.MILLISECONDS);
        long sweep = properties.relaySweep().toMillis();
        timer.scheduleWithFixedDelay(this::sweepQuietly, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
