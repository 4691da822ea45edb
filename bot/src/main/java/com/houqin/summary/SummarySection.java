package com.houqin.summary;

import java.util.List;
import java.util.Set;

import com.houqin.people.Role;

/**
 * A part of the summary (repairs, meals, cars...). Declare as a bean; sections are shown in
 * {@link #order()}, to those of its {@link #readers()}.
 */
public interface SummarySection {

    int order();

    /** Who reads this section in their summary. */
    default Set<Role> readers() {
        return Set.of(Role.MANAGER);
    }

    /**
     * The section's lines for the day in {@code report}, in the reader's language: a heading line
     * first. Return an empty list when there is nothing to report.
     */
    List<String> lines(SummaryRequest report);
}
