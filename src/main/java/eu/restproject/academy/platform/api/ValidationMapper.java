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

/**
 * A request body that breaks its constraints ({@code @Valid} on a resource parameter): 400 with
 * every problem at once, each named by its JSON member, in the language the request asks for.
 * The messages are resolved here from the constraint's key rather than taken from the violation,
 * because JAX-RS validates before the request's language is known to the validator.
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
        Language language = ApiLanguage.of(uri, headers);
        List<ApiProblem> problems = refusal.getConstraintViolations().stream()
                // The body's own order, so that the first problem is the first field's: the set has none.
                .sorted(Comparator.comparingInt(ValidationMapper::position)
                        .thenComparing(violation -> violation.getMessageTemplate()))
                .map(violation -> problem(violation, language))
                .toList();
        ApiProblem first = problems.get(0);
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(first.error(), first.message(), problems))
                .build();
    }

    private static ApiProblem problem(ConstraintViolation<?> violation, Language language) {
        String template = violation.getMessageTemplate();
        String key = ConstraintMessages.key(template).orElse(template);
        String message = ConstraintMessages.format(
                        language.locale(),
                        template,
                        violation.getConstraintDescriptor().getAttributes())
                .orElse(violation.getMessage());
        return new ApiProblem(field(violation.getPropertyPath()), key, message);
    }

    /** Where the member stands in its record; the body as a whole comes first. */
    private static int position(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        Object bean = violation.getLeafBean();
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

    /** The JSON member: the last property of the path, past the method and its parameter. */
    private static String field(Path path) {
        String field = BODY;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            }
        }
        return field;
    }
}
