package eu.restproject.academy.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import eu.restproject.academy.platform.Markup;
import java.util.Map;

/**
 * QR codes as SVG (for pages: sharp at any size, no image request) or as a module matrix (for PDFs,
 * which draw it themselves). Medium error correction survives a creased sign-in sheet or a phone
 * camera at an angle.
 */
public final class QrCodes {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET,
            "UTF-8",
            EncodeHintType.MARGIN,
            4);

    private QrCodes() {}

    /** The modules of the code, including the quiet zone; {@code get(x, y)} is true for a dark one. */
    public static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + content.length() + " characters as a QR code", e);
        }
    }

    /** A self-contained SVG element, one path for all dark modules; {@code label} becomes its accessible name. */
    public static String svg(String content, String label) {
        BitMatrix matrix = matrix(content);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" role=\"img\" aria-label=\"" + Markup.escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
