package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Turns service refusals into JSON errors with the matching HTTP status. */
@Provider
public class RefusalMapper implements ExceptionMapper<AcademyException> {

    @Override
    public Response toResponse(AcademyException refusal) {
        Response.Status status;
        if (refusal instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else if (refusal instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (refusal instanceof InvalidInputException) {
            status = Response.Status.BAD_REQUEST;
        } else {
            status = Response.Status.CONFLICT;
        }
        String message = Messages.format(Locale.ENGLISH, refusal.messageKey(), refusal.arguments());
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(refusal.messageKey(), message))
                .build();
    }
}
