package com.houqin.summary;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code houqin.summary.time}: when managers get the daily summary, on working days. */
@ConfigurationProperties("houqin.summary")
public record SummaryProperties(@DefaultValue("17:30") LocalTime time) {
}
