package eu.restproject.academy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintMessagesTest {

    private static String text(Locale locale, String template, Map<String, Object> attributes) {
        return ConstraintMessages.format(locale, template, attributes).orElseThrow();
    }

    @Test
    void aTemplateNamingOurKeyReadsInTheLocale() {
        assertEquals("Please enter your name.", text(Locale.ENGLISH, "{error.name.required}", Map.of()));
        assertEquals("Bitte geben Sie Ihren Namen ein.", text(Locale.GERMAN, "{error.name.required}", Map.of()));
        assertEquals(
                "Dies ist keine gültige E-Mail-Adresse (Beispiel: name@organisation.org).",
                text(Language.DE.locale(), "{error.email.malformed}", Map.of("regexp", ".*")));
    }

    @Test
    void theLimitIsTheMaximumUnlessUnbounded() {
        assertEquals(
                "The name may have at most 100 characters.",
                text(Locale.ENGLISH, "{error.name.tooLong}", Map.of("min", 0, "max", 100)));
        assertEquals(
                "Das Passwort muss mindestens 12 Zeichen lang sein.",
                text(Locale.GERMAN, "{error.password.tooShort}", Map.of("min", 12, "max", Integer.MAX_VALUE)));
        assertEquals(
                "The e-mail address may have at most 254 characters.",
                text(Locale.ENGLISH, "{error.email.tooLong}", Map.of("value", 254L)));
    }

    @Test
    void aRangeNamesBothBounds() {
        assertEquals(
                "The code must change every 5 to 300 seconds.",
                text(Locale.ENGLISH, "{seminar.error.range.rotationSeconds}", Map.of("min", 5L, "max", 300L)));
        assertEquals(
                "Die Zahl der Plätze muss zwischen 1 und 10.000 liegen.",
                text(Locale.GERMAN, "{seminar.error.capacity}", Map.of("min", 1L, "max", 10_000L)));
    }

    @Test
    void templatesWithoutOneOfOurKeysAreLeftToTheValidator() {
        assertTrue(ConstraintMessages.key("{jakarta.validation.constraints.NotNull.message}")
                .isEmpty());
        assertTrue(ConstraintMessages.key("must be {max} or less").isEmpty());
        assertTrue(ConstraintMessages.key(null).isEmpty());
        assertEquals(
                "error.name.required",
                ConstraintMessages.key(" {error.name.required} ").orElseThrow());
    }
}
