package com.houqin.car;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.outbox.NoticeRelay;
import com.houqin.outbox.PendingNotice;

/**
 * Reads days and changes them atomically: a change is computed from the day as read and written
 * only if the day is still at the version read; otherwise it is computed again from the new
 * state. A {@link Refusal} thrown by the change leaves the day as it is. The news of the change is
 * worked out from the day before and after and written with it, then relayed (see {@link CarNews}).
 */
@Component
class CarDays {

    private static final int MAX_ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final NoticeRelay relay;

    CarDays(MongoTemplate mongo, NoticeRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** What a change has to tell, from the day before it and the day it makes (null: nothing). */
    @FunctionalInterface
    interface News {
        PendingNotice of(CarDay before, CarDay after);
    }

    /** The state of a day before and after a change; the same when there was nothing to change. */
    record Changed(CarDay before, CarDay after) {
        boolean happened() {
            return after.version() != before.version();
        }
    }

    CarDay load(LocalDate date) {
        CarDay day = mongo.findById(date.toString(), CarDay.class);
        return day != null ? day : CarDay.empty(date);
    }

    /** Days from {@code first} to {@code last} (inclusive) that have anything, by their id. */
    List<CarDay> between(LocalDate first, LocalDate last) {
        return mongo.find(Query.query(Criteria.where("_id").gte(first.toString()).lte(last.toString()))
                .with(Sort.by("_id")), CarDay.class);
    }

    /** Days from {@code first} on. The days ahead are few: bookings are taken a limited time ahead. */
    List<CarDay> from(LocalDate first) {
        return mongo.find(Query.query(Criteria.where("_id").gte(first.toString())).with(Sort.by("_id")),
                CarDay.class);
    }

    /** Applies a change and writes its news with it; returning the day unchanged (the same object) writes nothing. */
    Changed change(LocalDate date, UnaryOperator<CarDay> change, News news) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            CarDay before = load(date);
            CarDay after = change.apply(before);
            if (after == before) {
                return new Changed(before, before);
            }
            CarDay stored = after.withVersion(before.version() + 1);
            PendingNotice notice = news.of(before, stored);
            if (notice != null) {
                stored = stored.noting(notice);
            }
            if (write(before, stored)) {
                relay.relay(stored);
                return new Changed(before, stored);
            }
            if (attempt > 3) {
                pause(attempt);
            }
        }
        throw new IllegalStateException("the cars of " + date + " changed too often to apply a change");
    }

    private boolean write(CarDay before, CarDay stored) {
        if (before.version() == 0) {
            try {
                mongo.insert(stored);
                return true;
            } catch (DuplicateKeyException someoneElseStartedTheDay) {
                return false;
            }
        }
        return mongo.replace(Query.query(Criteria.where("_id").is(before.date()).and("version").is(before.version())),
                stored).getMatchedCount() == 1;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(20, attempt) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while changing a day", e);
        }
    }
}
