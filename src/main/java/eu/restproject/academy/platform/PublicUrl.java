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

    /** Where mail links point when nothing is configured and no request tells: the README's run command. */
    static final String FALLBACK = "http://localhost:8080";

    /** {@code path} (starting with '/') as an absolute address. */
    public String of(HttpServletRequest request, String path) {
        return configuredBase().orElseGet(() -> requestBase(request)) + path;
    }

    /**
     * The platform's address without a trailing '/', for links in mail: the configured one, else
     * {@value #FALLBACK}. Never the request's: its {@code Host} header is the sender's to choose, and a
     * password reset link must not lead to a host an attacker named. Set {@code ACADEMY_PUBLIC_URL}
     * wherever mail is sent.
     */
    public String base() {
        return configuredBase().orElse(FALLBACK);
    }

    private Optional<String> configuredBase() {
        return configured.filter(u -> !u.isBlank()).map(u -> u.replaceAll("/+$", ""));
    }

    private static String requestBase(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + port(request) + request.getContextPath();
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return standard ? "" : ":" + port;
    }
}
