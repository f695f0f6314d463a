package eu.restproject.academy.content;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Map;

/**
 * A bundle that passed every check: its manifest, each lesson's segments per language, its assets,
 * and a hash over all its files that identifies this exact content.
 */
public record ValidBundle(
        Manifest manifest,
        Map<String, Map<Language, List<LessonMarkdown.Segment>>> lessons,
        Map<String, byte[]> assets,
        Map<String, Quiz> quizzes,
        String contentHash) {}
