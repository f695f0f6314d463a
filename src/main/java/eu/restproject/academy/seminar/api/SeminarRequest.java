package eu.restproject.academy.seminar.api;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.JsonBodies;
import eu.restproject.academy.platform.UnfitInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.SeminarDetails;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.SessionDetails;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A new seminar as the API receives it. Only the shape is checked here (a value of the wrong kind
 * or an unreadable date is 422 with the field's name); the rules are the constraints of
 * {@link SeminarDetails}, which {@code Seminars} applies with every problem at once. Read by hand
 * rather than bound by JSON-B because the API promises 422 naming the member for a wrong kind or an
 * unreadable date, where JSON-B would fail the whole body as unreadable (400).
 */
final class SeminarRequest {

    static final String UNREADABLE = "api.error.seminarField";

    private SeminarRequest() {}

    static Country country(JsonObject json, Country fallback) {
        return JsonBodies.string(json, "country")
                .map(code -> Country.fromCode(code)
                        .orElseThrow(() -> new UnfitInputException("country", "error.country.unknown", code)))
                .orElse(fallback);
    }

    static SeminarDetails details(JsonObject json) {
        return new SeminarDetails(
                texts(json),
                text(json, "city"),
                text(json, "venue"),
                value(json, "startsOn", LocalDate::parse),
                value(json, "endsOn", LocalDate::parse),
                number(json, "capacity", 0),
                ids(json),
                strings(json, "moduleIds"),
                number(json, "rotationSeconds", SeminarDetails.DEFAULT_ROTATION_SECONDS),
                number(json, "graceMinutes", SeminarDetails.DEFAULT_GRACE_MINUTES),
                number(json, "opensMinutesBefore", SeminarDetails.DEFAULT_OPENS_MINUTES_BEFORE),
                number(json, "closesMinutesAfter", SeminarDetails.DEFAULT_CLOSES_MINUTES_AFTER),
                sessions(json));
    }

    private static Map<Language, SeminarText> texts(JsonObject json) {
        Map<Language, SeminarText> texts = new EnumMap<>(Language.class);
        JsonObject given = member(json, "texts", JsonValue.ValueType.OBJECT, JsonObject.class);
        if (given == null) {
            return texts;
        }
        given.forEach((code, value) -> {
            Language language = Language.fromCode(code)
                    .orElseThrow(() -> new UnfitInputException("texts", "error.language.unknown", code));
            if (!(value instanceof JsonObject text)) {
                throw new UnfitInputException("texts", UNREADABLE, "texts");
            }
            texts.put(language, new SeminarText(text(text, "title"), text(text, "description")));
        });
        return texts;
    }

    private static List<SessionDetails> sessions(JsonObject json) {
        JsonArray given = member(json, "sessions", JsonValue.ValueType.ARRAY, JsonArray.class);
        List<SessionDetails> sessions = new ArrayList<>();
        if (given == null) {
            return sessions;
        }
        for (JsonValue value : given) {
            if (!(value instanceof JsonObject session)) {
                throw new UnfitInputException("sessions", UNREADABLE, "sessions");
            }
            BigDecimal hours = member(session, "hours", JsonValue.ValueType.NUMBER, JsonNumber.class) == null
                    ? null
                    : session.getJsonNumber("hours").bigDecimalValue();
            sessions.add(new SessionDetails(
                    null,
                    value(session, "date", LocalDate::parse),
                    value(session, "start", LocalTime::parse),
                    value(session, "end", LocalTime::parse),
                    text(session, "room"),
                    hours));
        }
        return sessions;
    }

    private static Set<Long> ids(JsonObject json) {
        JsonArray given = member(json, "trainerIds", JsonValue.ValueType.ARRAY, JsonArray.class);
        Set<Long> ids = new LinkedHashSet<>();
        if (given != null) {
            for (JsonValue value : given) {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    throw new UnfitInputException("trainerIds", UNREADABLE, "trainerIds");
                }
                ids.add(number.longValue());
            }
        }
        return ids;
    }

    private static Set<String> strings(JsonObject json, String name) {
        JsonArray given = member(json, name, JsonValue.ValueType.ARRAY, JsonArray.class);
        Set<String> values = new LinkedHashSet<>();
        if (given != null) {
            for (JsonValue value : given) {
                if (!(value instanceof jakarta.json.JsonString text)) {
                    throw new UnfitInputException(name, UNREADABLE, name);
                }
                values.add(text.getString());
            }
        }
        return values;
    }

    private static int number(JsonObject json, String name, int fallback) {
        JsonNumber number = member(json, name, JsonValue.ValueType.NUMBER, JsonNumber.class);
        if (number == null) {
            return fallback;
        }
        if (!number.isIntegral()) {
            throw new UnfitInputException(name, UNREADABLE, name);
        }
        return number.intValue();
    }

    private static String text(JsonObject json, String name) {
        try {
            return JsonBodies.string(json, name).orElse(null);
        } catch (InvalidInputException e) {
            throw new UnfitInputException(name, UNREADABLE, name);
        }
    }

    private static <T> T value(JsonObject json, String name, Function<String, T> parse) {
        String text = text(json, name);
        try {
            return text == null ? null : parse.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnfitInputException(name, UNREADABLE, name);
        }
    }

    private static <T extends JsonValue> T member(
            JsonObject json, String name, JsonValue.ValueType type, Class<T> kind) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != type) {
            throw new UnfitInputException(name, UNREADABLE, name);
        }
        return kind.cast(value);
    }
}
