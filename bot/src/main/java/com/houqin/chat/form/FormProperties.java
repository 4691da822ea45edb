package com.houqin.chat.form;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code houqin.conversation.*}: how long a form waits for its next answer before it is dropped. */
@ConfigurationProperties("houqin.conversation")
public record FormProperties(@DefaultValue("30m") Duration idleTimeout) {
}
