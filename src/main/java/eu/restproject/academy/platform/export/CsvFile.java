package eu.restproject.academy.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes tables as one RFC 4180 file: comma-separated, CRLF line ends, fields quoted when they hold
 * a comma, quote or line break. Tables follow one another, each with its header, separated by an
 * empty line. UTF-8 with a byte order mark, without which Excel reads the file in the local code
 * page and garbles Romanian and Serbian letters. Numbers use a decimal point, whatever the reader's
 * language, so that other programs can read them back.
 */
public final class CsvFile {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final String LINE_END = "\r\n";

    private CsvFile() {}

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                writer.write(LINE_END);
            }
            Table table = tables.get(i);
            writer.write(line(table.header()));
            for (List<Object> row : table.rows()) {
                writer.write(line(row));
            }
        }
        writer.flush();
    }

    private static String line(List<?> cells) {
        return cells.stream().map(CsvFile::field).collect(Collectors.joining(",")) + LINE_END;
    }

    public static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String text = cell.toString();
        // A leading apostrophe makes spreadsheets show the text instead of running it as a formula.
        if (Table.looksLikeFormula(text)) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
