package eu.restproject.academy.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A per-session secret for the one form that posts to a plain servlet instead of a Faces view: the
 * language switch in the page header ({@code people.web.LanguageSwitchServlet}, which says why it is
 * not a Faces action). Every other form is a Faces form, whose view state is its CSRF token.
 */
public final class FormToken {

    public static final String PARAMETER = "token";
    private static final String ATTRIBUTE = FormToken.class.getName();

    private FormToken() {}

    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String value) {
            return value;
        }
        String value = RandomCodes.urlSafeToken(24);
        session.setAttribute(ATTRIBUTE, value);
        return value;
    }

    /** Answers 403 (the "form not from this site" page) and returns false when the post lacks the session's token. */
    public static boolean accept(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        if (isValid(request)) {
            return true;
        }
        CrossSiteRequestFilter.refuse(request, response, "post without the form token");
        return false;
    }

    public static boolean isValid(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String presented = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return presented != null
                && expected instanceof String value
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
