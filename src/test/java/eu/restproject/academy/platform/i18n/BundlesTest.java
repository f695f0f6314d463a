package eu.restproject.academy.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language has every text of the English reference, with the same placeholders. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void messagesAreComplete(Language language) throws IOException {
        compare("i18n/messages", language);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void facesMessagesAreComplete(Language language) throws IOException {
        compare("i18n/faces", language);
    }

    private static void compare(String base, Language language) throws IOException {
        Properties english = load(base + ".properties");
        Properties translated = load(base + "_" + language.code() + ".properties");
        assertEquals(
                new TreeSet<>(english.stringPropertyNames()),
                new TreeSet<>(translated.stringPropertyNames()),
                base + " for " + language + " must have exactly the English keys");
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertFalse(text.isBlank(), key + " is empty in " + language);
            assertEquals(
                    placeholders(english.getProperty(key)), placeholders(text), key + " placeholders in " + language);
            if (!placeholders(text).isEmpty()) {
                // Must be a valid MessageFormat pattern, or the page shows the raw text. Numbers as
                // arguments, since a {0,choice,...} plural takes nothing else.
                String formatted = new MessageFormat(text, language.locale()).format(new Object[] {1, 2});
                assertFalse(formatted.contains("{0}"), key + " in " + language + " is not a valid pattern: " + text);
            }
        }
        if (language == Language.SR) {
            translated
                    .values()
                    .forEach(value -> assertTrue(
                            value.toString()
                                    .codePoints()
                                    .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                            "Serbian is served in Latin script: " + value));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
