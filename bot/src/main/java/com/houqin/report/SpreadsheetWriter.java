package com.houqin.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes the tabs as an .xlsx: a bold heading row that stays put, dates and numbers as real cells
 * (so finance can sum, filter and sort), columns wide enough for what they hold.
 */
@Component
class SpreadsheetWriter {

    private static final int MAX_WIDTH = 60;

    byte[] xlsx(List<ReportSheet> sheets) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            CreationHelper helper = book.getCreationHelper();
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (ReportSheet s : sheets) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
                int[] widths = new int[s.header().size()];
                Row head = sheet.createRow(0);
                for (int c = 0; c < s.header().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(s.header().get(c));
                    cell.setCellStyle(bold);
                    widths[c] = width(s.header().get(c));
                }
                int r = 1;
                for (List<Object> values : s.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof LocalDateTime t) {
                            cell.setCellValue(t);
                            cell.setCellStyle(dateTime);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                        if (c < widths.length) {
                            widths[c] = Math.max(widths[c], v instanceof LocalDateTime ? 17 : width(v.toString()));
                        }
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c] + 2) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters wide, a Chinese character counting two. */
    private static int width(String s) {
        return s.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }
}
