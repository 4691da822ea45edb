package com.houqin.store;

import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.houqin.store.EmbeddedMongoConfiguration.EmbeddedMongo;

/**
 * The store's health for /actuator/health. Boot's own MongoDB check uses the "hello" command,
 * which the embedded store does not know; "ping" works on both it and a real MongoDB.
 */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

    private final MongoTemplate mongo;
    private final boolean embedded;

    StoreHealthIndicator(MongoTemplate mongo, ObjectProvider<EmbeddedMongo> embedded) {
        this.mongo = mongo;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @Override
    public Health health() {
        try {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            boolean ok = answer.get("ok") instanceof Number n && n.doubleValue() == 1.0;
            return (ok ? Health.up() : Health.down()).withDetail("database", mongo.getDb().getName())
                    .withDetail("embedded", embedded).build();
        } catch (RuntimeException e) {
            return Health.down(e).withDetail("embedded", embedded).build();
        }
    }
}
