package eu.restproject.academy.quiz;

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

/** Answers as small JSON documents, for storage: {"choice":[…]}, {"pairs":{…}}, {"order":[…]}, {"text":"…"}, {"path":[…]}. */
public final class AnswerCodec {

    private AnswerCodec() {
    }

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

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING).map(v -> ((JsonString) v).getString()).toList();
    }
}
