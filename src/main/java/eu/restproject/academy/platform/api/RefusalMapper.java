package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.UnfitInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns service refusals into JSON errors with the matching HTTP status, the message in the
 * language the request asks for ({@link ApiLanguage}).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<AcademyException> {

    public static final int UNPROCESSABLE = 422;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(AcademyException refusal) {
        Response response = ApiError.response(
                status(refusal), ApiLanguage.of(uri, headers), refusal.messageKey(), refusal.arguments());
        if (refusal instanceof TooManyAttemptsException throttled) {
            return Response.fromResponse(response)
                    .header("Retry-After", throttled.retryAfterSeconds())
                    .build();
        }
        return response;
    }

    static int status(AcademyException refusal) {
        if (refusal instanceof AccessDeniedException) {
            return 403;
        } else if (refusal instanceof NotFoundException) {
            return 404;
        } else if (refusal instanceof TooManyAttemptsException) {
            return 429;
        } else if (refusal instanceof ConflictException) {
            return 409;
        } else if (refusal instanceof UnfitInputException) {
            return UNPROCESSABLE;
        } else if (refusal instanceof InvalidInputException) {
            return 400;
        }
        return 409;
    }
}
