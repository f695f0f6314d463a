package eu.restproject.academy.quiz.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One sheet of an export: a name, a header and rows whose cells are text ({@link String}),
 * numbers ({@link BigDecimal}, {@link Long}, {@link Integer}) or {@code null} for a figure that is
 * undefined. Both file formats write the same tables, so CSV and XLSX always agree.
 */
record Table(String name, List<String> header, List<List<Object>> rows) {

    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Whether a spreadsheet would take this text for a formula (or, for tab and carriage return,
     * shift it into another cell), the opening of CSV injection: such text must never be written as is.
     */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
