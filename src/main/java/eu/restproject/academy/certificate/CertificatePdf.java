package eu.restproject.academy.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.platform.i18n.Readable;
import eu.restproject.academy.platform.pdf.PdfFonts;
import eu.restproject.academy.platform.pdf.QrDrawing;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The certificate of attendance (A4 landscape) in the participant's language: their name, the
 * seminar, its dates and city, the hours attended and the issuing organisation, and at the foot
 * the verification code with a QR code of the public verification address, written out as well
 * for those who type it.
 */
public final class CertificatePdf {

    static final String VERIFY_PATH = "/verify.xhtml?code=";

    private static final float QR_SIZE = 96;

    private CertificatePdf() {}

    public static String verifyUrl(String baseUrl, String code) {
        return baseUrl + VERIFY_PATH + code;
    }

    /** {@code baseUrl}: the platform's public address without a trailing slash; {@code issuer}: the organisation printed. */
    public static byte[] write(CertificateContent content, String issuer, String baseUrl) {
        Language language = content.language() == null ? Language.EN : content.language();
        Locale locale = language.locale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 60, 60, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text(locale, "certificate.pdf.title") + " · " + content.participant());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.htmlTag()));
            document.open();
            frame(writer.getDirectContent(), page);
            centred(document, text(locale, "certificate.pdf.title"), PdfFonts.of(30, 1, PdfFonts.ACCENT), 40, 24);
            centred(document, text(locale, "certificate.pdf.certifies"), PdfFonts.regular(13), 0, 8);
            centred(document, content.participant(), PdfFonts.bold(26), 0, 12);
            centred(document, text(locale, "certificate.pdf.attended"), PdfFonts.regular(13), 0, 8);
            centred(document, content.seminarTitle(), PdfFonts.bold(18), 0, 8);
            String dates = content.startsOn().equals(content.endsOn())
                    ? Readable.longDate(content.startsOn(), language)
                    : Readable.longDate(content.startsOn(), language) + " – "
                            + Readable.longDate(content.endsOn(), language);
            centred(document, text(locale, "certificate.pdf.held", content.city(), dates), PdfFonts.regular(13), 0, 8);
            centred(
                    document,
                    text(locale, "certificate.pdf.hours", Readable.hours(content.hours())),
                    PdfFonts.bold(14),
                    0,
                    18);
            centred(document, text(locale, "certificate.pdf.issuer", issuer), PdfFonts.regular(12), 0, 4);
            centred(
                    document,
                    text(
                            locale,
                            "certificate.pdf.issued",
                            Readable.longDate(
                                    content.issuedAt().atZone(ZoneOffset.UTC).toLocalDate(), language)),
                    PdfFonts.of(11, 0, PdfFonts.MUTED),
                    0,
                    0);
            verification(
                    writer.getDirectContent(), document, locale, content.code(), verifyUrl(baseUrl, content.code()));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate cannot be laid out", e);
        }
        return out.toByteArray();
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(PdfFonts.ACCENT);
        canvas.setLineWidth(3);
        canvas.rectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void centred(
            Document document, String content, com.lowagie.text.Font font, float before, float after)
            throws DocumentException {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        document.add(paragraph);
    }

    /** The code and its QR code at the bottom right, the address in full beside them. */
    private static void verification(PdfContentByte canvas, Document document, Locale locale, String code, String url)
            throws DocumentException {
        float right = document.getPageSize().getWidth() - document.rightMargin();
        float bottom = document.bottomMargin() - 6;
        QrDrawing.draw(canvas, url, right - QR_SIZE, bottom, QR_SIZE);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(document.leftMargin(), bottom, right - QR_SIZE - 12, bottom + QR_SIZE);
        Paragraph label = new Paragraph(text(locale, "certificate.pdf.code", code), PdfFonts.bold(11));
        label.setAlignment(Element.ALIGN_RIGHT);
        column.addElement(label);
        Paragraph how = new Paragraph(text(locale, "certificate.pdf.verifyAt"), PdfFonts.of(9, 0, PdfFonts.MUTED));
        how.setAlignment(Element.ALIGN_RIGHT);
        column.addElement(how);
        Paragraph address = new Paragraph(url, PdfFonts.of(9, 0, PdfFonts.MUTED));
        address.setAlignment(Element.ALIGN_RIGHT);
        column.addElement(address);
        column.go();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
