package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.JsonBodies;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body the JSON-B binder cannot read (not JSON, or a member of the wrong kind): 400 with our
 * translated {@value JsonBodies#MALFORMED}, not the binder's text, which names our classes. Jersey
 * reports it as a {@link ProcessingException} caused by the binder's exception (an empty body as a
 * {@code BadRequestException}, see {@link WebErrorMapper}); any other processing failure is ours, a
 * 500 in the API's JSON shape.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProcessingException failure) {
        if (isUnreadableBody(failure)) {
            return ApiError.response(400, ApiLanguage.of(uri, headers), JsonBodies.MALFORMED);
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return new WebErrorMapper().toResponse(new InternalServerErrorException(failure));
    }

    /** Whether the binder refused the body, or there was none where one is needed. */
    static boolean isUnreadableBody(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException
                    || cause instanceof JsonException
                    || cause instanceof NoContentException) {
                return true;
            }
        }
        return false;
    }
}
