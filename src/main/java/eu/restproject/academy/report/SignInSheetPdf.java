package eu.restproject.academy.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
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
import eu.restproject.academy.platform.pdf.QrDrawing;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.SheetTokens;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The printable sign-in sheet of a session (A4): seminar, date, time, place and trainers at the
 * top, then one row per seated participant with name, profession, an empty box to sign in and a
 * personal QR code. The code holds the address of the sheet-scan page with the row's signed token,
 * so that a trainer can record attendance from the paper afterwards by scanning it with a phone.
 * The table header repeats on every page, and every page is numbered.
 */
public final class SignInSheetPdf {

    static final String SCAN_PATH = "/staff/sheet-scan.xhtml?t=";

    private static final float ROW_HEIGHT = 62;

    private SignInSheetPdf() {}

    /** The address a row's QR code holds; {@code baseUrl} is the platform's public address without a trailing slash. */
    public static String scanUrl(String baseUrl, SeminarSession session, long accountId) {
        return baseUrl + SCAN_PATH + SheetTokens.issue(session, accountId);
    }

    public static byte[] write(SignInSheet sheet, Language language, String baseUrl) {
        Locale locale = language.locale();
        SeminarSession session = sheet.session();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(
                    Messages.format(locale, "report.pdf.page"),
                    Messages.format(locale, "report.pdf.of"),
                    Messages.format(
                            locale,
                            "report.sheet.footer",
                            sheet.title(),
                            session.getHeldOn().toString())));
            document.addTitle(Messages.format(locale, "report.sheet.title") + " · " + sheet.title());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.htmlTag()));
            document.open();
            document.add(
                    new Paragraph(Messages.format(locale, "report.sheet.title"), PdfFonts.of(11, 0, PdfFonts.MUTED)));
            Paragraph title = new Paragraph(sheet.title(), PdfFonts.bold(16));
            title.setSpacingAfter(6);
            document.add(title);
            document.add(line(
                    locale,
                    "report.sheet.when",
                    Readable.longDate(session.getHeldOn(), language) + ", " + session.getStartsAt() + "–"
                            + session.getEndsAt()));
            document.add(line(
                    locale,
                    "report.sheet.where",
                    String.join(
                            ", ",
                            session.getSeminar().getCity(),
                            session.getSeminar().getVenue(),
                            Messages.format(locale, "report.sheet.room", session.getRoom()))));
            document.add(line(
                    locale,
                    "report.sheet.trainers",
                    sheet.trainers().isEmpty() ? "—" : String.join(", ", sheet.trainers())));
            Paragraph hint =
                    new Paragraph(Messages.format(locale, "report.sheet.hint"), PdfFonts.of(9, 0, PdfFonts.MUTED));
            hint.setSpacingBefore(6);
            hint.setSpacingAfter(8);
            document.add(hint);
            document.add(table(sheet, locale, baseUrl));
            if (sheet.participants().isEmpty()) {
                document.add(new Paragraph(Messages.format(locale, "report.sheet.nobody"), PdfFonts.regular(10)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The sign-in sheet cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private static Paragraph line(Locale locale, String labelKey, String value) {
        Paragraph line = new Paragraph();
        line.add(new Phrase(Messages.format(locale, labelKey) + ": ", PdfFonts.bold(10)));
        line.add(new Phrase(value, PdfFonts.regular(10)));
        return line;
    }

    private static PdfPTable table(SignInSheet sheet, Locale locale, String baseUrl) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {5, 37, 38, 20});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key :
                new String[] {"report.sheet.number", "report.sheet.name", "report.sheet.signature", "report.sheet.code"
                }) {
            PdfPCell cell =
                    new PdfPCell(new Phrase(Messages.format(locale, key), PdfFonts.of(9, 1, java.awt.Color.WHITE)));
            cell.setBackgroundColor(PdfFonts.ACCENT);
            cell.setPadding(5);
            table.addCell(cell);
        }
        int number = 1;
        for (SignInSheet.Signer signer : sheet.participants()) {
            table.addCell(cell(new Phrase(String.valueOf(number++), PdfFonts.regular(10)), Element.ALIGN_CENTER));
            Phrase name = new Phrase(signer.name(), PdfFonts.bold(11));
            if (signer.profession() != null) {
                name.add(new Phrase(
                        "\n" + Messages.format(locale, signer.profession().messageKey()),
                        PdfFonts.of(9, 0, PdfFonts.MUTED)));
            }
            PdfPCell nameCell = cell(name, Element.ALIGN_LEFT);
            nameCell.setLeading(0, 1.35f);
            table.addCell(nameCell);
            table.addCell(cell(new Phrase(""), Element.ALIGN_LEFT));
            PdfPCell code = cell(new Phrase(""), Element.ALIGN_CENTER);
            code.setCellEvent(QrDrawing.inCell(scanUrl(baseUrl, sheet.session(), signer.accountId()), 3));
            table.addCell(code);
        }
        return table;
    }

    private static PdfPCell cell(Phrase content, int alignment) {
        PdfPCell cell = new PdfPCell(content);
        cell.setFixedHeight(ROW_HEIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(5);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(PdfFonts.MUTED);
        return cell;
    }
}
