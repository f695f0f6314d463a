package eu.restproject.academy.quiz;

import eu.restproject.academy.platform.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A quiz as a bundle defines it: its questions with the texts learners read, the pass mark (percent
 * of the points), an optional time limit and number of attempts, when feedback is shown, and
 * whether passing it completes the module.
 */
public record Quiz(
        String id,
        Map<Language, String> title,
        int passMark,
        Optional<Integer> timeLimitMinutes,
        Optional<Integer> maxAttempts,
        FeedbackPolicy feedback,
        boolean completesModule,
        List<Item> items) {

    /** When learners see feedback on their answers. */
    public enum FeedbackPolicy {
        IMMEDIATE,
        AFTER_SUBMISSION,
        NEVER
    }

    /** A question with its text and the labels of its options, items, prompts, steps and choices, by id. */
    public record Item(Question question, Map<Language, String> text, Map<String, Map<Language, String>> labels) {}
}
