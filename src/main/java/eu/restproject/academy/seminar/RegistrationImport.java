package eu.restproject.academy.seminar;

import eu.restproject.academy.people.AccountRules;
import eu.restproject.academy.platform.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file of people to register: a header row naming an {@code email} column (and
 * optionally {@code name}, shown only), separated by commas or semicolons (Excel writes semicolons
 * where the decimal separator is a comma), in UTF-8 with or without a byte-order mark.
 *
 * <p>A file that cannot be read at all (not UTF-8, no e-mail column, empty, too many rows) is
 * refused as a whole; otherwise every row comes back with its line number and, when it is bad,
 * the field and the reason. Nothing is evaluated: a cell starting with {@code = + - @} is text,
 * and as an e-mail it is refused, so no such cell is ever registered or exported.
 */
public final class RegistrationImport {

    public static final int MAX_ROWS = 2_000;
    public static final int MAX_BYTES = 1024 * 1024;
    private static final String FORMULA_STARTS = "=+-@";

    /** One data row; {@code reasonKey} is null for a good row. */
    public record Row(int line, String email, String name, String field, String reasonKey, Object... arguments) {

        public boolean isGood() {
            return reasonKey == null;
        }

        Row refused(String refusedField, String key, Object... args) {
            return new Row(line, email, name, refusedField, key, args);
        }
    }

    private RegistrationImport() {}

    /** The rows of the file, each checked on its own and against the rows above it. */
    public static List<Row> read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("file", "import.error.tooLarge", MAX_BYTES / 1024);
        }
        List<Record> records = CsvRecords.split(decode(bytes));
        if (records.isEmpty()) {
            throw new InvalidInputException("file", "import.error.empty");
        }
        Record header = records.get(0);
        char separator = separatorOf(header.text());
        List<String> columns = CsvRecords.cells(header.text(), separator).stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        int emailColumn = columns.indexOf("email");
        if (emailColumn < 0) {
            throw new InvalidInputException("file", "import.error.noEmailColumn", String.join(", ", columns));
        }
        int nameColumn = columns.indexOf("name");
        List<Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            throw new InvalidInputException("file", "import.error.noRows");
        }
        if (data.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "import.error.tooManyRows", MAX_ROWS, data.size());
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Record record : data) {
            List<String> cells = CsvRecords.cells(record.text(), separator);
            String email = cell(cells, emailColumn).strip();
            String name = nameColumn < 0 ? "" : cell(cells, nameColumn).strip();
            rows.add(check(new Row(record.line(), email, name, null, null), firstLine));
        }
        return rows;
    }

    private static Row check(Row row, Map<String, Integer> firstLine) {
        if (row.email().isEmpty()) {
            return row.refused("email", "import.error.emailMissing");
        }
        if (FORMULA_STARTS.indexOf(row.email().charAt(0)) >= 0) {
            return row.refused("email", "import.error.formula");
        }
        String email;
        try {
            email = AccountRules.checkEmail(row.email());
        } catch (InvalidInputException malformed) {
            return row.refused("email", "import.error.emailMalformed");
        }
        Integer earlier = firstLine.putIfAbsent(email, row.line());
        if (earlier != null) {
            return row.refused("email", "import.error.duplicate", earlier);
        }
        return new Row(row.line(), email, row.name(), null, null);
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInputException("file", "import.error.encoding");
        }
    }

    /** The separator that makes an {@code email} column appear, semicolon when neither or both do. */
    private static char separatorOf(String header) {
        boolean byComma =
                CsvRecords.cells(header, ',').stream().anyMatch(c -> c.strip().equalsIgnoreCase("email"));
        boolean bySemicolon =
                CsvRecords.cells(header, ';').stream().anyMatch(c -> c.strip().equalsIgnoreCase("email"));
        if (byComma != bySemicolon) {
            return byComma ? ',' : ';';
        }
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** A record of the file and the line it starts on (a quoted cell may span lines). */
    record Record(int line, String text) {}
}
