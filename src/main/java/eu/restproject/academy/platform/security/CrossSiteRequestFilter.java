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
 * A view state is accepted only in the body of a post: Faces would take one in the query string of
 * a GET or PUT as a postback too, which a link or an image on any site could send.
 * The API is not covered: it accepts no cookies, only bearer tokens.
 */
@WebFilter(filterName = "CrossSiteRequestFilter", urlPatterns = "*.xhtml")
public class CrossSiteRequestFilter extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** The request attribute that makes the error pages add "the form was not sent from a page of REST Academy". */
    private static final String REFUSED_ATTRIBUTE = "academy.csrfRejected";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean post = "POST".equals(request.getMethod());
        if (post && (foreignOrigin(request) || request.getParameter(VIEW_STATE) == null)) {
            refuse(request, response, "cross-site or token-less post");
            return;
        }
        if (!post && request.getParameter(VIEW_STATE) != null) {
            refuse(request, response, "form state outside a post");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers 403 with the "form not from this site, nothing changed" page and logs one line
     * ({@link RefusalLog}): the answer to every post that did not come from one of our pages.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, String kind)
            throws IOException {
        RefusalLog.refused(kind, request);
        request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
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
