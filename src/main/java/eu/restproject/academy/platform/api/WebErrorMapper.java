package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.JsonBodies;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Keeps JAX-RS's own errors (unknown path, bad parameter, wrong method) in the API's JSON shape. */
@Provider
public class WebErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof BadRequestException && UnreadableBodyMapper.isUnreadableBody(exception)) {
            // Jersey's answer to an empty body where a record is expected: ours, translated.
            return ApiError.response(400, ApiLanguage.of(uri, headers), JsonBodies.MALFORMED);
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        return Response.fromResponse(original)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(
                        status.getReasonPhrase()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace(' ', '_'),
                        status.getReasonPhrase()))
                .build();
    }
}
