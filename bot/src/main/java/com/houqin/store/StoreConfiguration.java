package com.houqin.store;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.houqin.store.EmbeddedMongoConfiguration.EmbeddedMongo;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    StoreTimeouts storeTimeouts(StoreTimeouts.Settings settings, Environment env) {
        return new StoreTimeouts(settings, env);
    }

    @Bean
    StoreDurability storeDurability(ObjectProvider<EmbeddedMongo> embedded) {
        EmbeddedMongo mongo = embedded.getIfAvailable();
        return mongo != null ? mongo::commit : StoreDurability.SERVER_ACKNOWLEDGED;
    }
}
