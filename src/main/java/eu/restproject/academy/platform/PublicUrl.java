package eu.restproject.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the platform at, for links that leave the browser: QR codes on screens
 * and paper, and certificate verification links. Set {@code ACADEMY_PUBLIC_URL} behind a proxy;
 * without it the address of the current request is used.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "academy.public-url")
    Optional<String> configured;

    /** {@code path} (starting with '/') as an absolute address. */
    public String of(HttpServletRequest request, String path) {
        String base = configured
                .filter(u -> !u.isBlank())
                .map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName() + port(request)
                        + request.getContextPath());
        return base + path;
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? "" : ":" + port;
    }
}
