package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every note key the reader and writer use has an English text (BundlesTest checks the other languages). */
class GiftMessagesTest {

    @Test
    void everyKeyHasAText() throws IOException {
        Properties messages = new Properties();
        messages.load(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("i18n/messages.properties"), StandardCharsets.UTF_8));
        Pattern key = Pattern.compile("\"(gift\\.[a-z.]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/eu/restproject/academy/quiz/gift"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    assertTrue(
                            messages.containsKey(matcher.group(1)), matcher.group(1) + " in " + source.getFileName());
                }
            }
        }
    }
}
