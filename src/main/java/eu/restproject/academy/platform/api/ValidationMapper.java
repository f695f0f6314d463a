package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.i18n.ConstraintMessages;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A request body that breaks its constraints ({@code @Valid} on a resource parameter, or a resource
 * validating it itself): 400 with every problem at once, each named by its JSON member (the first
 * property of its path, so a session's problem is named {@code sessions}), in the language the
 * request asks for. The messages are resolved here from the constraint's key rather than taken from
 * the violation, because the validator does not know the request's language.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    /** The name of a problem with the body as a whole (none sent, say) rather than one member. */
    static final String BODY = "body";

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException refusal) {
        return response(400, ApiLanguage.of(uri, headers), refusal.getConstraintViolations());
    }

    /**
     * The answer to a refused body: {@code status} with every problem, {@code error} and
     * {@code message} the first's. For a resource that answers other than 400 (the seminar API's 422).
     */
    public static Response response(int status, Language language, Set<? extends ConstraintViolation<?>> violations) {
        List<ApiProblem> problems = violations.stream()
                // The body's own order, so that the first problem is the first field's: the set has none.
                .sorted(Comparator.<ConstraintViolation<?>>comparingInt(ValidationMapper::position)
                        .thenComparingInt(ValidationMapper::elementNumber)
                        .thenComparing(violation -> violation.getMessageTemplate()))
                .map(violation -> problem(violation, language))
                .toList();
        ApiProblem first = problems.get(0);
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(first.error(), first.message(), problems))
                .build();
    }

    private static ApiProblem problem(ConstraintViolation<?> violation, Language language) {
        String template = violation.getMessageTemplate();
        String key = ConstraintMessages.key(template).orElse(template);
        String message = ConstraintMessages.format(language.locale(), violation).orElse(violation.getMessage());
        return new ApiProblem(field(violation.getPropertyPath()), key, message);
    }

    /**
     * Where the member stands in its record (the body a service checked, else the parameter's);
     * the body as a whole comes first.
     */
    private static int position(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Object root = violation.getRootBean();
        Object bean = root != null && root.getClass().isRecord() ? root : violation.getLeafBean();
        if (bean != null && bean.getClass().isRecord()) {
            RecordComponent[] components = bean.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(field)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Problems of one list's elements in the list's order (sessions by number). */
    private static int elementNumber(ConstraintViolation<?> violation) {
        return ConstraintMessages.element(violation.getPropertyPath()) instanceof Integer number ? number : 0;
    }

    /** The JSON member: the first property of the path, past the method and its parameter. */
    private static String field(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                return node.getName();
            }
        }
        return BODY;
    }
}
