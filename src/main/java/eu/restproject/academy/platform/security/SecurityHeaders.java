package eu.restproject.academy.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security and caching headers of every answer. The Content-Security-Policy is the context
 * parameter {@code primefaces.CSP_POLICY} of web.xml, the same text PrimeFaces sends (with the page's
 * script nonce appended) on Faces pages, so that there is one policy, written once. Answers are not
 * stored by browsers or proxies, as most of them carry personal data; only the versioned Faces
 * resources and the bundle assets, which carry none, may be cached.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    private static final String[] CACHEABLE_PATHS = {"/jakarta.faces.resource/", "/content/"};

    private SecurityHeaders() {}

    /** Sets the headers on {@code response}; for answers written before the filters run, too (the API's 401). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CONTENT_SECURITY_POLICY, request.getServletContext().getInitParameter(POLICY_PARAMETER));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!cacheable(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean cacheable(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String cacheable : CACHEABLE_PATHS) {
            if (path.startsWith(cacheable)) {
                return true;
            }
        }
        return false;
    }
}
