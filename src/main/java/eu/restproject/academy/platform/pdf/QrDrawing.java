package eu.restproject.academy.platform.pdf;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import eu.restproject.academy.platform.qr.QrCodes;
import java.awt.Color;

/**
 * Draws a QR code on a PDF page as filled squares, one per dark module (runs in a row merged into
 * one rectangle), on a white ground that includes the quiet zone. Vector squares stay sharp at any
 * print size, where a bitmap would blur or need a high resolution.
 */
public final class QrDrawing {

    private QrDrawing() {}

    /** Draws the code for {@code content} as a square of {@code size} points, its lower left corner at (x, y). */
    public static void draw(PdfContentByte canvas, String content, float x, float y, float size) {
        BitMatrix matrix = QrCodes.matrix(content);
        float module = size / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float top = y + size - (row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, top, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** A table cell event that draws the code centred in its cell, as large as the cell allows less {@code padding}. */
    public static PdfPCellEvent inCell(String content, float padding) {
        return new PdfPCellEvent() {
            @Override
            public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
                float size = Math.min(position.getWidth(), position.getHeight()) - 2 * padding;
                float x = position.getLeft() + (position.getWidth() - size) / 2;
                float y = position.getBottom() + (position.getHeight() - size) / 2;
                draw(canvases[PdfPTable.BACKGROUNDCANVAS], content, x, y, size);
            }
        };
    }
}
