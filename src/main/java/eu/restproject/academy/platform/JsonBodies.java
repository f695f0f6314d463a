package eu.restproject.academy.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

/**
 * Request bodies read as JSON objects by hand, for the few that a JSON-B record cannot take: a quiz
 * answer, whose form depends on the question ({@code AnswerCodec}); a new seminar, whose API answers
 * a value of the wrong kind with 422 naming the field, where the binder only knows "unreadable"; and
 * the optional token name, sent by clients without a body or a {@code Content-Type}. Every other body
 * is a record checked by Bean Validation ({@code platform.api.ValidationMapper}). It lives here, not in
 * {@code platform.api}, because a service ({@code AnswerCodec}) reads answers with it too. An unreadable body is refused
 * like any other input: 400 with a translated message, not the JSON parser's own error.
 */
public final class JsonBodies {

    public static final String MALFORMED = "error.json.malformed";

    private JsonBodies() {}

    /** The body as a JSON object; an empty body is an empty object. */
    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", MALFORMED);
        }
    }

    /** A string member, absent when missing or null; refused when it is another kind of value. */
    public static Optional<String> string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException(name, MALFORMED);
        }
        return Optional.of(text.getString());
    }
}
