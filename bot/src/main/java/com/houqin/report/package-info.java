/**
 * /report and the weekly report: PNG charts with a few lines each, and an .xlsx for finance. The
 * features contribute numbers through {@link com.houqin.report.ReportPart}; this module draws and
 * writes them, so no feature draws a picture and the report never reads a feature's documents.
 */
package com.houqin.report;
