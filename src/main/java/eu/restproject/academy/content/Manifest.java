package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import java.util.List;
import java.util.Map;

/** What {@code module.yaml} says, after validation. Texts are per language; English is always present. */
public record Manifest(
        String id,
        SemanticVersion version,
        Map<Language, String> title,
        Map<Language, String> summary,
        Map<Language, String> audience,
        int estimatedMinutes,
        List<Lesson> lessons,
        List<String> quizzes) {

    /** One lesson entry; {@code line} is where it starts in the manifest, for later messages. */
    public record Lesson(
            String id,
            int line,
            Map<Language, String> title,
            Change change,
            Map<Language, String> note,
            List<Reference> references) {}

    /** A legal source a lesson relies on. */
    public record Reference(String instrument, String article, String link) {}
}
