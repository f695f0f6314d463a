package eu.restproject.academy.content.web;

import eu.restproject.academy.content.Library;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a bundle's images and PDFs at {@code /content/<module>/<version>/assets/<file>}. Versions
 * never change, so browsers may keep them for a year.
 */
@WebServlet("/content/*")
public class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "gif",
            "image/gif",
            "webp",
            "image/webp",
            "pdf",
            "application/pdf");

    @Inject
    private transient Library library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").split("/", 4);
        // "", module, version, "assets/<file>"
        if (parts.length != 4 || !parts[3].startsWith("assets/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> content = library.find(parts[1], parts[2])
                .map(library::bundle)
                .map(bundle -> bundle.assets().get(parts[3]));
        String extension = parts[3].substring(parts[3].lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (content.isEmpty() || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(extension));
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setContentLength(content.get().length);
        response.getOutputStream().write(content.get());
    }
}
