package eu.restproject.academy.seminar.web;

import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.seminar.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a personal calendar feed at {@code /calendar/<token>.ics} to calendar applications, which
 * cannot sign in: the secret address is the credential. A malformed, unknown or revoked address gets
 * the same 404 as any other unknown page, so the answer tells nothing about which it was.
 */
@WebServlet(CalendarFeeds.PATH + "*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CalendarFeeds feeds;

    @Inject
    private transient PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> calendar =
                token(request.getPathInfo()).flatMap(token -> feeds.calendarOf(token, publicUrl.of(request, "")));
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "inline; filename=\"rest-academy.ics\"");
        response.getWriter().write(calendar.get());
    }

    /** The token of {@code /<token>.ics}. */
    private static Optional<String> token(String pathInfo) {
        if (pathInfo == null
                || !pathInfo.startsWith("/")
                || !pathInfo.endsWith(CalendarFeeds.EXTENSION)
                || pathInfo.indexOf('/', 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(pathInfo.substring(1, pathInfo.length() - CalendarFeeds.EXTENSION.length()));
    }
}
