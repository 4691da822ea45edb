package com.houqin.report;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code houqin.report.*}: when managers get last week's report (on the first working day of the
 * week), the charts' size in pixels, and optionally a font file to draw them with.
 */
@ConfigurationProperties("houqin.report")
public record ReportProperties(@DefaultValue("08:30") LocalTime weeklyAt,
                               @DefaultValue("1000") int width,
                               @DefaultValue("700") int height,
                               String fontFile) {
}
