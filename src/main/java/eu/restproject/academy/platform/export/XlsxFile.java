package eu.restproject.academy.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables as an Excel workbook, one sheet per table, with a bold frozen header. Numbers are
 * numeric cells with two decimals (counts without), so that readers can sort and chart them.
 * Text is always a plain string cell, never a formula; text that looks like a formula also gets
 * Excel's quote prefix, so that editing the cell later does not turn it into one.
 */
public final class XlsxFile {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MAX_COLUMN_CHARS = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header = workbook.createCellStyle();
    private final CellStyle decimal = workbook.createCellStyle();
    private final CellStyle quoted = workbook.createCellStyle();

    private XlsxFile() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        quoted.setQuotePrefixed(true);
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        XlsxFile file = new XlsxFile();
        try (XSSFWorkbook workbook = file.workbook) {
            tables.forEach(file::sheet);
            workbook.write(out);
        }
    }

    private void sheet(Table table) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
        Row first = sheet.createRow(0);
        for (int column = 0; column < table.header().size(); column++) {
            Cell cell = first.createCell(column);
            cell.setCellValue(table.header().get(column));
            cell.setCellStyle(header);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> cells = table.rows().get(r);
            for (int column = 0; column < cells.size(); column++) {
                cell(row, column, cells.get(column));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < table.header().size(); column++) {
            sheet.setColumnWidth(column, 256 * (width(table, column) + 2));
        }
    }

    private void cell(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.longValue());
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (Table.looksLikeFormula(text)) {
                cell.setCellStyle(quoted);
            }
        }
    }

    /** Column width from the longest entry, since measuring fonts (autoSizeColumn) needs AWT on the server. */
    private static int width(Table table, int column) {
        int widest = table.header().get(column).length();
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            widest = Math.max(widest, value == null ? 0 : value.toString().length());
        }
        return Math.min(widest, MAX_COLUMN_CHARS);
    }
}
