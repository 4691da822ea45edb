package com.houqin.repair;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.repair.*}: the same-day rule and the response targets.
 *
 * @param sameDayCutoff   a routine job reported on a working day before this time is due at the end
 *                        of that day; later, at the end of the next working day
 * @param responseTime    a routine job should be accepted within this much working time
 * @param urgentResponseTime an urgent job should be accepted within this, at any hour
 * @param urgentResolutionTime an urgent job should be fixed within this, at any hour
 * @param sweep           how often the escalation ladder is checked
 * @param autoCloseAfter  a job marked done that the reporter neither confirms nor reopens is closed after this
 */
@ConfigurationProperties("houqin.repair")
public record RepairProperties(
        @DefaultValue("15:00") LocalTime sameDayCutoff,
        @DefaultValue("30m") Duration responseTime,
        @DefaultValue("10m") Duration urgentResponseTime,
        @DefaultValue("4h") Duration urgentResolutionTime,
        @DefaultValue("1m") Duration sweep,
        @DefaultValue("3d") Duration autoCloseAfter) {
}
