package eu.restproject.academy.quiz;

import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.JsonBodies;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Answers as small JSON documents, for storage and for API clients: {"choice":[…]}, {"pairs":{…}},
 * {"order":[…]}, {"text":"…"}, {"path":[…]}.
 */
public final class AnswerCodec {

    private AnswerCodec() {}

    public static String encode(Answer answer) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (answer instanceof Answer.Choice choice) {
            json.add("choice", array(List.copyOf(choice.optionIds())));
        } else if (answer instanceof Answer.Matching matching) {
            JsonObjectBuilder pairs = Json.createObjectBuilder();
            matching.pairs().forEach(pairs::add);
            json.add("pairs", pairs);
        } else if (answer instanceof Answer.Ordering ordering) {
            json.add("order", array(ordering.itemIds()));
        } else if (answer instanceof Answer.Text text) {
            json.add("text", text.text() == null ? "" : text.text());
        } else if (answer instanceof Answer.Path path) {
            json.add("path", array(path.choiceIds()));
        }
        return json.build().toString();
    }

    public static Answer decode(String stored) {
        JsonObject json = Json.createReader(new StringReader(stored)).readObject();
        if (json.containsKey("choice")) {
            return new Answer.Choice(new LinkedHashSet<>(strings(json.getJsonArray("choice"))));
        }
        if (json.containsKey("pairs")) {
            Map<String, String> pairs = new LinkedHashMap<>();
            json.getJsonObject("pairs").forEach((k, v) -> pairs.put(k, ((JsonString) v).getString()));
            return new Answer.Matching(pairs);
        }
        if (json.containsKey("order")) {
            return new Answer.Ordering(strings(json.getJsonArray("order")));
        }
        if (json.containsKey("path")) {
            return new Answer.Path(strings(json.getJsonArray("path")));
        }
        return new Answer.Text(json.getString("text"));
    }

    /**
     * An answer sent by a client: exactly one of the members above, with strings only. Anything else
     * is refused as unreadable; whether the answer fits its question is the question's business.
     */
    public static Answer parse(String json) {
        JsonObject object = JsonBodies.object(json);
        if (object.size() != 1) {
            throw malformed();
        }
        String kind = object.keySet().iterator().next();
        JsonValue value = object.get(kind);
        return switch (kind) {
            case "choice" -> new Answer.Choice(new LinkedHashSet<>(strictStrings(value)));
            case "order" -> new Answer.Ordering(strictStrings(value));
            case "path" -> new Answer.Path(strictStrings(value));
            case "text" -> new Answer.Text(value instanceof JsonString text ? text.getString() : throwMalformed());
            case "pairs" -> new Answer.Matching(strictPairs(value));
            default -> throw malformed();
        };
    }

    private static List<String> strictStrings(JsonValue value) {
        if (!(value instanceof JsonArray array) || !array.stream().allMatch(JsonString.class::isInstance)) {
            throw malformed();
        }
        return strings(array);
    }

    private static Map<String, String> strictPairs(JsonValue value) {
        if (!(value instanceof JsonObject object) || !object.values().stream().allMatch(JsonString.class::isInstance)) {
            throw malformed();
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        object.forEach((k, v) -> pairs.put(k, ((JsonString) v).getString()));
        return pairs;
    }

    private static String throwMalformed() {
        throw malformed();
    }

    private static InvalidInputException malformed() {
        return new InvalidInputException("answer", JsonBodies.MALFORMED);
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
