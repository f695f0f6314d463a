package eu.restproject.academy.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.platform.pdf.PageNumbers;
import eu.restproject.academy.platform.pdf.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A seminar's attendance report for funders and files (A4): the seminar, its figures, one table
 * per session with every participant's status and hours and the session's totals, and the figures
 * by profession. Headers repeat when a session's table runs onto the next page.
 */
public final class AttendanceReportPdf {

    private AttendanceReportPdf() {}

    public static byte[] write(SeminarReport report, Language language) {
        Locale locale = language.locale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(
                    new PageNumbers(text(locale, "report.pdf.page"), text(locale, "report.pdf.of"), report.title()));
            document.addTitle(text(locale, "report.pdf.title") + " · " + report.title());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.htmlTag()));
            document.open();
            document.add(new Paragraph(text(locale, "report.pdf.title"), PdfFonts.of(11, 0, PdfFonts.MUTED)));
            document.add(new Paragraph(report.title(), PdfFonts.bold(16)));
            var seminar = report.seminar();
            Paragraph place = new Paragraph(
                    String.join(
                            " · ",
                            text(locale, seminar.getCountry().messageKey()),
                            seminar.getCity(),
                            seminar.getVenue(),
                            Readable.longDate(seminar.getStartsOn(), language) + " – "
                                    + Readable.longDate(seminar.getEndsOn(), language)),
                    PdfFonts.regular(10));
            place.setSpacingAfter(10);
            document.add(place);
            document.add(
                    figures(locale, List.of(new Labelled(text(locale, "report.figures.seminar"), report.figures()))));
            for (SessionFigures session : report.sessions()) {
                Paragraph heading = new Paragraph(
                        Readable.longDate(session.heldOn(), language) + ", " + session.startsAt() + "–"
                                + session.endsAt() + " · " + text(locale, "report.sheet.room", session.room()),
                        PdfFonts.bold(12));
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(4);
                document.add(heading);
                document.add(session(
                        locale,
                        report.rows().stream()
                                .filter(r -> r.sessionId() == session.sessionId())
                                .toList()));
                Paragraph totals = new Paragraph(
                        text(
                                locale,
                                "report.pdf.sessionTotals",
                                session.figures().attended(),
                                session.figures().registered(),
                                rate(session.figures()),
                                Readable.hours(session.figures().hours())),
                        PdfFonts.regular(9));
                totals.setSpacingBefore(3);
                document.add(totals);
            }
            Paragraph byProfession = new Paragraph(text(locale, "report.figures.byProfession"), PdfFonts.bold(12));
            byProfession.setSpacingBefore(14);
            byProfession.setSpacingAfter(4);
            document.add(byProfession);
            document.add(figures(
                    locale,
                    report.professions().stream()
                            .map(p -> new Labelled(text(locale, p.messageKey()), p.figures()))
                            .toList()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The attendance report cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private record Labelled(String label, AttendanceFigures figures) {}

    private static PdfPTable figures(Locale locale, List<Labelled> lines) {
        PdfPTable table = table(
                new float[] {40, 15, 15, 15, 15},
                locale,
                "report.figures.group",
                "report.figures.registered",
                "report.figures.attended",
                "report.figures.rate",
                "report.figures.hours");
        for (Labelled line : lines) {
            table.addCell(cell(line.label(), Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.figures().registered()), Element.ALIGN_RIGHT));
            table.addCell(cell(String.valueOf(line.figures().attended()), Element.ALIGN_RIGHT));
            table.addCell(cell(rate(line.figures()), Element.ALIGN_RIGHT));
            table.addCell(cell(Readable.hours(line.figures().hours()), Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static PdfPTable session(Locale locale, List<AttendanceRow> rows) {
        PdfPTable table = table(
                new float[] {34, 26, 20, 10, 10},
                locale,
                "report.column.participant",
                "report.column.profession",
                "report.column.status",
                "report.column.hours",
                "report.column.remark");
        for (AttendanceRow row : rows) {
            table.addCell(cell(row.name(), Element.ALIGN_LEFT));
            table.addCell(cell(
                    row.profession() == null
                            ? ""
                            : text(locale, row.profession().messageKey()),
                    Element.ALIGN_LEFT));
            table.addCell(cell(
                    text(
                            locale,
                            row.status() == null
                                    ? "report.status.none"
                                    : row.status().messageKey()),
                    Element.ALIGN_LEFT));
            table.addCell(cell(Readable.hours(row.creditedHours()), Element.ALIGN_RIGHT));
            table.addCell(cell(row.remark() == null ? "" : row.remark(), Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPTable table(float[] widths, Locale locale, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell cell = new PdfPCell(new Phrase(text(locale, key), PdfFonts.of(9, 1, java.awt.Color.WHITE)));
            cell.setBackgroundColor(PdfFonts.ACCENT);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String content, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(content, PdfFonts.regular(9)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        return cell;
    }

    static String rate(AttendanceFigures figures) {
        return figures.rate().map(r -> r.toPlainString() + " %").orElse("—");
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
