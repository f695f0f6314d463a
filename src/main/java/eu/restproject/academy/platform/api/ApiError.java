package eu.restproject.academy.platform.api;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every API error: a stable code for programs and a sentence for people, in the language asked for. */
public record ApiError(String error, String message) {

    /** A JSON error response whose code is the message key. */
    public static Response response(int status, Language language, String messageKey, Object... arguments) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(messageKey, Messages.format(language.locale(), messageKey, arguments)))
                .build();
    }
}
