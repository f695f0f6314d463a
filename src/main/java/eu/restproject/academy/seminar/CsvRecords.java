package eu.restproject.academy.seminar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text as RFC 4180 writes it: records end at a line break outside quotes, a quoted
 * cell may hold separators, line breaks and doubled quotes. Empty records (Excel's trailing
 * {@code ;;;} lines) are left out, but line numbers count them, so they match what an editor shows.
 */
final class CsvRecords {

    private CsvRecords() {}

    static List<RegistrationImport.Record> split(String text) {
        List<RegistrationImport.Record> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == '\n' || c == '\r') && !quoted) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                add(records, start, current);
                current.setLength(0);
                line++;
                start = line;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
        }
        add(records, start, current);
        return records;
    }

    private static void add(List<RegistrationImport.Record> records, int line, StringBuilder text) {
        if (!text.toString().replaceAll("[,;\"\\s]", "").isEmpty()) {
            records.add(new RegistrationImport.Record(line, text.toString()));
        }
    }

    static List<String> cells(String record, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
