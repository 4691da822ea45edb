package com.houqin.summary;

import java.util.List;

/**
 * A part of the manager's summary (repairs, meals, cars...). Declare as a bean; sections are
 * shown in {@link #order()}.
 */
public interface SummarySection {

    int order();

    /**
     * The section's lines for the day in {@code report}, in the reader's language: a heading line
     * first. Return an empty list when there is nothing to report.
     */
    List<String> lines(SummaryRequest report);
}
