package com.houqin.report;

import java.util.List;

/** What one feature contributes: charts (each with its caption lines) and spreadsheet tabs. */
public record ReportSection(List<ReportChart> charts, List<ReportSheet> sheets) {

    public ReportSection {
        charts = List.copyOf(charts);
        sheets = List.copyOf(sheets);
    }
}
