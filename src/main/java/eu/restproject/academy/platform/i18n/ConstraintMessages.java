package eu.restproject.academy.platform.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation messages from our own bundles, so that a constraint says what the hand-written
 * checks say, in every language: a constraint names a key as {@code message = "{error.name.tooLong}"},
 * and the bundle's <code>{0}</code> is the constraint's limit: its {@code max} where one is set,
 * else its {@code min}, else its {@code value} (so {@code @Size(max = 100)} fills in 100,
 * {@code @Size(min = 12)} 12). Templates that name no key of ours are left to the validator.
 */
public final class ConstraintMessages {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private ConstraintMessages() {}

    /** The key a template names, if it is exactly one key of our bundles. */
    public static Optional<String> key(String template) {
        Matcher matcher = KEY.matcher(template == null ? "" : template.strip());
        if (!matcher.matches() || !Messages.has(matcher.group(1))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    /** The text of a constraint's template in the locale, if the template names a key of ours. */
    public static Optional<String> format(Locale locale, String template, Map<String, Object> attributes) {
        return key(template).map(key -> Messages.format(locale, key, limit(attributes)));
    }

    private static Object limit(Map<String, Object> attributes) {
        Object max = attributes.get("max");
        if (max != null && !isUnbounded(max)) {
            return max;
        }
        Object min = attributes.get("min");
        return min != null ? min : attributes.get("value");
    }

    private static boolean isUnbounded(Object max) {
        return max instanceof Integer i && i == Integer.MAX_VALUE || max instanceof Long l && l == Long.MAX_VALUE;
    }
}
