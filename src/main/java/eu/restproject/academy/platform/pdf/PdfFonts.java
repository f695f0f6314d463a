package eu.restproject.academy.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font of all PDFs: Liberation Sans, which OpenPDF ships in its jar, embedded (subset) with
 * Unicode encoding. The standard PDF fonts know only Western European letters and would drop the
 * ș ț ă of Romanian names and the č ć đ ž of Serbian ones; Liberation Sans has them all, and taking
 * it from the library's jar means no font has to be installed on the server. OpenPDF draws bold
 * from the regular face by stroking the outline, so one file serves both.
 */
public final class PdfFonts {

    private static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
    private static final BaseFont BASE = load();

    public static final Color TEXT = new Color(0x1f, 0x29, 0x33);
    public static final Color MUTED = new Color(0x4a, 0x55, 0x68);
    public static final Color ACCENT = new Color(0x1d, 0x5b, 0x79);

    private PdfFonts() {}

    public static BaseFont base() {
        return BASE;
    }

    public static Font regular(float size) {
        return new Font(BASE, size, Font.NORMAL, TEXT);
    }

    public static Font bold(float size) {
        return new Font(BASE, size, Font.BOLD, TEXT);
    }

    public static Font of(float size, int style, Color colour) {
        return new Font(BASE, size, style, colour);
    }

    private static BaseFont load() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the OpenPDF jar");
            }
            return BaseFont.createFont(
                    "LiberationSans-Regular.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("Liberation Sans cannot be read", e);
        }
    }
}
