package com.houqin.summary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.houqin.i18n.Formats;
import com.houqin.i18n.Language;
import com.houqin.i18n.Texts;
import com.houqin.people.Role;
import com.houqin.scheduler.BusinessCalendar;

/** Puts the sections of every feature together into the summary a manager or a dispatcher reads. */
@Component
public class Summaries {

    private final List<SummarySection> sections;
    private final Texts texts;
    private final Formats formats;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public Summaries(List<SummarySection> sections, Texts texts, Formats formats, BusinessCalendar calendar,
                     Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(SummarySection::order)).toList();
        this.texts = texts;
        this.formats = formats;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The summary as of now for a reader with these roles; long ones are split between lines when sent. */
    public String compose(Language language, Set<Role> readerRoles) {
        return compose(language, readerRoles, clock.instant());
    }

    public String compose(Language language, Set<Role> readerRoles, Instant asOf) {
        SummaryRequest request = new SummaryRequest(calendar.dateOf(asOf), asOf, language, readerRoles);
        List<String> out = new ArrayList<>();
        out.add(texts.get(language, "summary.title", formats.dateWithDay(request.day(), language),
                formats.time(asOf)));
        for (SummarySection section : sections) {
            if (section.readers().stream().noneMatch(readerRoles::contains)) {
                continue;
            }
            List<String> lines = section.lines(request);
            if (!lines.isEmpty()) {
                out.add("");
                out.addAll(lines);
            }
        }
        if (out.size() == 1) {
            out.add(texts.get(language, "summary.nothing"));
        }
        return String.join("\n", out);
    }
}
