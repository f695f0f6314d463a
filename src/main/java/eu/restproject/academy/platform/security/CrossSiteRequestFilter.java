package eu.restproject.academy.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Refuses form posts that did not come from one of our own pages: a post from another origin, or a
 * post to a page without the Faces view state (our per-form CSRF token). Without this check Faces
 * would quietly treat such a post as a first visit; the user gets the "form expired" page instead.
 * The API is not covered: it accepts no cookies, only bearer tokens.
 */
@WebFilter(filterName = "CrossSiteRequestFilter", urlPatterns = "*.xhtml")
public class CrossSiteRequestFilter extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && (foreignOrigin(request) || request.getParameter(VIEW_STATE) == null)) {
            request.setAttribute("academy.csrfRejected", Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean foreignOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host == null || !host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
