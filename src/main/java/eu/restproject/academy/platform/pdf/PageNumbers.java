package eu.restproject.academy.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Writes "page n of m" and a note at the foot of every page. The total is not known until the end,
 * so each page holds a small template that is filled in when the document closes.
 */
public final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final String pageWord;
    private final String ofWord;
    private final String note;
    private PdfTemplate total;

    /** {@code pageWord} and {@code ofWord} in the reader's language ("Page", "of"); {@code note} at the left. */
    public PageNumbers(String pageWord, String ofWord, String note) {
        this.pageWord = pageWord;
        this.ofWord = ofWord;
        this.note = note;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = document.bottomMargin() / 2;
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(note, PdfFonts.of(SIZE, 0, PdfFonts.MUTED)),
                document.leftMargin(),
                y,
                0);
        String text = pageWord + " " + writer.getPageNumber() + " " + ofWord + " ";
        float width = PdfFonts.base().getWidthPoint(text, SIZE);
        float right = page.getWidth() - document.rightMargin() - 24;
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(text, PdfFonts.of(SIZE, 0, PdfFonts.MUTED)),
                right - width,
                y,
                0);
        canvas.addTemplate(total, right, y - 2);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(
                total,
                Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), PdfFonts.of(SIZE, 0, PdfFonts.MUTED)),
                0,
                2,
                0);
    }
}
