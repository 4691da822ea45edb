package com.houqin.people;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.admins}: Telegram user ids of the first admins; {@code houqin.departments}: the
 * departments newcomers choose from; {@code houqin.people.invite-ttl}: how long an invite link works.
 */
@ConfigurationProperties("houqin")
public record PeopleProperties(
        @DefaultValue List<Long> admins,
        @DefaultValue({"Administration", "Finance", "Human Resources", "Logistics", "Operations", "IT"})
        List<String> departments,
        @DefaultValue People people) {

    public record People(@DefaultValue("7d") Duration inviteTtl) {
    }
}
