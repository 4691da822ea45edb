package com.houqin.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Makes the admins named in HOUQIN_ADMINS approved admins at every start. */
@Component
class BootstrapAdmins implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmins.class);

    private final People people;
    private final PeopleProperties properties;

    BootstrapAdmins(People people, PeopleProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        properties.admins().forEach(people::ensureAdmin);
        if (properties.admins().isEmpty()) {
            log.warn("No admins configured: set HOUQIN_ADMINS to your Telegram user id to approve newcomers");
        } else {
            log.info("Admins from configuration: {}", properties.admins().size());
        }
    }
}
