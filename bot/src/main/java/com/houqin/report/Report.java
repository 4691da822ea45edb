package com.houqin.report;

import java.util.List;

/**
 * A report ready to send: the pictures, each with its caption, and the spreadsheet. {@code charts}
 * keeps the numbers each picture was drawn from.
 */
public record Report(ReportRequest request, List<Picture> pictures, Spreadsheet spreadsheet) {

    public record Picture(ReportChart chart, byte[] png) {
        public String fileName() {
            return chart.name() + ".png";
        }
    }

    public record Spreadsheet(String fileName, byte[] xlsx, List<ReportSheet> sheets) {
    }

    public Report {
        pictures = List.copyOf(pictures);
    }
}
