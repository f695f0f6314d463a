package eu.restproject.academy.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads generated PDFs as a person would: renders a page to a PNG in {@code target/screenshots}
 * (to look at), extracts the text, and decodes the QR codes printed on a rendered page.
 */
public final class PdfPages {

    private PdfPages() {}

    /** Page {@code index} (0 first) at {@code dpi}, also written to target/screenshots/{name}.png. */
    public static BufferedImage render(byte[] pdf, int index, int dpi, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, dpi);
            Path dir = Path.of(System.getProperty("academy.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
            return image;
        }
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The contents of every QR code found on the image. */
    public static List<String> qrCodes(BufferedImage image) throws NotFoundException {
        Result[] results = new QRCodeMultiReader()
                .decodeMultiple(
                        new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(results).map(Result::getText).toList();
    }

    /** Grey levels of a rendered page for ZXing (its javase module, which has one, is not on the classpath). */
    private static final class ImageLuminance extends LuminanceSource {

        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int level = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) level;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] target = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(grey, y * getWidth(), target, 0, getWidth());
            return target;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
