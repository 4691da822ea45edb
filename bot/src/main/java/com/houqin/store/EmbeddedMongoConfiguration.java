package com.houqin.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * With no MONGODB_URI, an embedded MongoDB wire-protocol server (mongo-java-server on its H2
 * backend) starts on a free local port with its file in HOUQIN_DATA_DIR, and the ordinary
 * MongoDB driver talks to it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriCondition.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedMongo embeddedMongo(@Value("${houqin.data-dir:./data}") String dataDir) throws Exception {
        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        Path file = dir.resolve("houqin.mv.db");
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        String uri = server.bindAndGetConnectionString();
        log.info("Embedded MongoDB-compatible store in {} listening on {}", file, server.getLocalAddress());
        return new EmbeddedMongo(server, backend, uri);
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongo mongo,
                                                          @Value("${spring.data.mongodb.database:houqin}") String database) {
        ConnectionString connection = new ConnectionString(mongo.uri() + "/" + database);
        return () -> connection;
    }

    record EmbeddedMongo(MongoServer server, H2Backend backend, String uri) {

        void commit() {
            backend.commit();
        }

        void close() {
            server.shutdown();
        }
    }
}
