package eu.restproject.academy.report;

import eu.restproject.academy.platform.export.CsvFile;
import eu.restproject.academy.platform.export.Table;
import eu.restproject.academy.platform.export.XlsxFile;
import eu.restproject.academy.platform.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A seminar's attendance as a spreadsheet: one row per participant and session, headers, statuses
 * and professions in the reader's language, dates in ISO form (2026-03-14, 09:00) so that any
 * spreadsheet sorts them, hours as numbers. Names, remarks and places are typed by people, so the
 * shared writers neutralise anything a spreadsheet would run as a formula.
 */
public final class AttendanceExport {

    /** The file formats offered for download. */
    public enum Format {
        CSV("csv"),
        XLSX("xlsx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String fileName(SeminarReport report) {
            return "seminar-" + report.seminar().getId() + "-attendance." + extension;
        }

        public static java.util.Optional<Format> of(String name) {
            return Arrays.stream(values())
                    .filter(f -> f.name().equalsIgnoreCase(name))
                    .findFirst();
        }
    }

    static final List<String> COLUMNS = List.of(
            "seminar",
            "date",
            "start",
            "end",
            "city",
            "venue",
            "room",
            "participant",
            "email",
            "profession",
            "hours",
            "status",
            "remark");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AttendanceExport() {}

    public static byte[] write(SeminarReport report, Locale locale, Format format) {
        Table table = table(report, locale);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                CsvFile.write(List.of(table), file);
            } else {
                XlsxFile.write(List.of(table), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory does not fail", e);
        }
        return file.toByteArray();
    }

    static Table table(SeminarReport report, Locale locale) {
        List<String> header = COLUMNS.stream()
                .map(c -> Messages.format(locale, "report.column." + c))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (AttendanceRow row : report.rows()) {
            rows.add(Arrays.asList(
                    row.seminarTitle(),
                    row.heldOn().toString(),
                    TIME.format(row.startsAt()),
                    TIME.format(row.endsAt()),
                    row.city(),
                    row.venue(),
                    row.room(),
                    row.name(),
                    row.email(),
                    row.profession() == null
                            ? ""
                            : Messages.format(locale, row.profession().messageKey()),
                    row.creditedHours(),
                    Messages.format(
                            locale,
                            row.status() == null
                                    ? "report.status.none"
                                    : row.status().messageKey()),
                    row.remark()));
        }
        return new Table(Messages.format(locale, "report.sheet.attendance"), header, rows);
    }
}
