package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The body of every API error: a stable code for programs and a sentence for people, in the language
 * asked for. A refused request body also lists all its {@code problems}, each with its field; then
 * {@code error} and {@code message} are those of the first problem, so that a client reading only
 * them still learns one. Without problems the member is absent (JSON-B leaves out nulls).
 */
public record ApiError(String error, String message, List<ApiProblem> problems) {

    public ApiError(String error, String message) {
        this(error, message, null);
    }

    /** A JSON error response whose code is the message key. */
    public static Response response(int status, Language language, String messageKey, Object... arguments) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(messageKey, Messages.format(language.locale(), messageKey, arguments)))
                .build();
    }
}
