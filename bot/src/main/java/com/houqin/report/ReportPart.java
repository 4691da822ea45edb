package com.houqin.report;

/**
 * A feature's part of the report (repairs, meals, cars). Declare as a bean; parts are shown in
 * {@link #order()}. A part gives numbers and texts in the reader's language, never pictures:
 * {@link ReportSection#charts()} are drawn and {@link ReportSection#sheets()} written here.
 */
public interface ReportPart {

    int order();

    /** The charts and spreadsheet tabs for the period in {@code request}, from a few queries. */
    ReportSection build(ReportRequest request);
}
