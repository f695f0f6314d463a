package eu.restproject.academy.platform.web;

import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.security.CrossSiteRequestFilter;
import eu.restproject.academy.platform.security.RefusalLog;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.primefaces.csp.CspException;

/**
 * Answers the refusals that pages meet in normal use with their HTTP status and translated error
 * page, logged as one rate-limited line ({@link RefusalLog}) instead of a stack trace: a form whose
 * view state the server does not have, a post without its page's PrimeFaces nonce, something that
 * does not exist or that the caller may not see, an upload over the multipart limit. Anything else
 * still reaches the container, which logs it with its stack trace.
 *
 * <p>Declared first in web.xml, so that it reads a multipart body before any other filter does and
 * wraps OmniFaces' FacesExceptionFilter (which is told not to log these types).
 */
public class RefusalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The {@code max-file-size} of the Faces Servlet's {@code multipart-config} in web.xml: a body the
     * container will not read is too large above it, and malformed below it.
     */
    private static final long UPLOAD_LIMIT = 50L * 1024 * 1024;

    /** Request attribute read by the 400 page (error/expired.xhtml): the form's view state was unknown. */
    static final String FORM_EXPIRED = "academy.formExpired";

    /** An expected refusal: its status (the error page follows from it in web.xml) and the kind its log line names. */
    enum Refusal {
        /** The view state is unknown: expired with its session, or never issued. 400 and the "form expired" page: reloading helps, it is no question of rights. */
        EXPIRED_FORM(HttpServletResponse.SC_BAD_REQUEST, "expired or unknown form"),
        /** A post without the nonce of the page it claims to come from: not sent by our page's script. */
        MISSING_NONCE(HttpServletResponse.SC_FORBIDDEN, "form without its page nonce"),
        DENIED(HttpServletResponse.SC_FORBIDDEN, "not allowed"),
        NOT_FOUND(HttpServletResponse.SC_NOT_FOUND, "not found"),
        TOO_LARGE(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "upload too large"),
        MALFORMED_UPLOAD(HttpServletResponse.SC_BAD_REQUEST, "malformed upload");

        private final int status;
        private final String kind;

        Refusal(int status, String kind) {
            this.status = status;
            this.kind = kind;
        }

        static Optional<Refusal> of(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException) {
                    return Optional.of(EXPIRED_FORM);
                } else if (cause instanceof CspException) {
                    return Optional.of(MISSING_NONCE);
                } else if (cause instanceof AccessDeniedException) {
                    return Optional.of(DENIED);
                } else if (cause instanceof NotFoundException) {
                    return Optional.of(NOT_FOUND);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!uploadReadable(request)) {
            long length = request.getContentLengthLong();
            refuse(
                    request,
                    response,
                    length < 0 || length > UPLOAD_LIMIT ? Refusal.TOO_LARGE : Refusal.MALFORMED_UPLOAD);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException thrown) {
            Optional<Refusal> refusal = Refusal.of(thrown);
            if (refusal.isEmpty() || response.isCommitted()) {
                throw thrown;
            }
            refuse(request, response, refusal.get());
        }
    }

    /** Whether the request is no multipart post, or one whose parts the container agrees to read. */
    private static boolean uploadReadable(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return true;
        }
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        if (refusal == Refusal.MISSING_NONCE) {
            CrossSiteRequestFilter.refuse(request, response, refusal.kind);
            return;
        }
        RefusalLog.refused(refusal.kind, request);
        if (refusal == Refusal.EXPIRED_FORM) {
            // 400 has other causes too (a forged language, a malformed upload); only this one says "form expired".
            request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
        }
        response.sendError(refusal.status);
    }
}
