package eu.restproject.academy.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Puts {@link SecurityHeaders} on every answer, error pages included (the error dispatch may start
 * from a reset response), and keeps them single and strict: the policy PrimeFaces adds on Faces
 * pages (ours plus the page's nonce) replaces the plain one instead of standing beside it, and code
 * further down cannot make an uncacheable answer cacheable (OmniFaces marks file downloads over
 * HTTPS {@code Cache-Control: public}).
 */
@WebFilter(
        filterName = "SecurityHeadersFilter",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** How code further down could make an answer cacheable; a date-valued Expires is left alone, no-store wins over it. */
    private static final Set<String> CACHING_HEADERS = Set.of("cache-control", "pragma", "expires");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        chain.doFilter(request, new GuardedResponse(request, response));
    }

    /** The response as seen by the servlets and Faces. */
    private static final class GuardedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final boolean cacheable;

        GuardedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.cacheable = SecurityHeaders.cacheable(request);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else if (allowed(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (allowed(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            SecurityHeaders.apply(request, (HttpServletResponse) getResponse());
        }

        private boolean allowed(String name) {
            return cacheable || !CACHING_HEADERS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
