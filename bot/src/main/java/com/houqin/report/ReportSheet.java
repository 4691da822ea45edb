package com.houqin.report;

import java.util.List;

/**
 * One tab of the spreadsheet: its name, the column headings and the rows. A cell is a String, a
 * Number, a Boolean, a LocalDate or a LocalDateTime (written as such, so finance can sum and sort),
 * or null for an empty cell.
 */
public record ReportSheet(String name, List<String> header, List<List<Object>> rows) {

    public ReportSheet {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
