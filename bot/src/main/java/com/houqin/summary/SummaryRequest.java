package com.houqin.summary;

import java.time.Instant;
import java.time.LocalDate;

import com.houqin.i18n.Language;

/** What a summary is asked for: which working day, as of when, in which language. */
public record SummaryRequest(LocalDate day, Instant asOf, Language language) {
}
