package eu.restproject.academy.platform.export;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sheet of an export: a name, a header and rows whose cells are text ({@link String}),
 * numbers ({@link BigDecimal}, {@link Long}, {@link Integer}) or {@code null} for a figure that is
 * undefined. Both file formats write the same tables, so CSV and XLSX always agree.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Whether a spreadsheet would take this text for a formula (or, for tab and carriage return,
     * shift it into another cell), the opening of CSV injection: such text must never be written as is.
     * Leading blanks do not make it safe: some spreadsheets strip them on import and then read
     * {@code " =cmd|..."} as a formula.
     */
    public static boolean looksLikeFormula(String text) {
        int first = 0;
        while (first < text.length() && " \t\r\n".indexOf(text.charAt(first)) >= 0) {
            if (text.charAt(first) == '\t' || text.charAt(first) == '\r') {
                return true;
            }
            first++;
        }
        return first < text.length() && "=+-@".indexOf(text.charAt(first)) >= 0;
    }
}
