package eu.restproject.academy.platform.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
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
 * {@code @Size(min = 12)} 12), <code>{1}</code> its {@code min} and <code>{2}</code> its {@code max}
 * (for a range). A constraint without a limit that concerns one element of a list or map (the
 * third session, the German text) has that element as <code>{0}</code>: its number counting from
 * 1, or its key (a language by its own name), so that a message can say which one is wrong.
 * Templates that name no key of ours are left to the validator.
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
        return key(template).map(key -> Messages.format(locale, key, arguments(attributes, null)));
    }

    /** A violation's text in the locale, with the element it concerns, if its template names a key of ours. */
    public static Optional<String> format(Locale locale, ConstraintViolation<?> violation) {
        return key(violation.getMessageTemplate())
                .map(key -> Messages.format(
                        locale,
                        key,
                        arguments(
                                violation.getConstraintDescriptor().getAttributes(),
                                element(violation.getPropertyPath()))));
    }

    /**
     * The list element or map key a path leads through, as a message names it: a number counting
     * from 1, a language by its own name; null for a path through neither.
     */
    public static Object element(Path path) {
        Object element = null;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                element = node.getIndex() + 1;
            } else if (node.getKey() instanceof Language language) {
                element = language.nativeName();
            } else if (node.getKey() != null) {
                element = node.getKey();
            }
        }
        return element;
    }

    private static Object[] arguments(Map<String, Object> attributes, Object element) {
        Object limit = limit(attributes);
        return new Object[] {limit != null ? limit : element, attributes.get("min"), attributes.get("max")};
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
