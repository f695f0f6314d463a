package eu.restproject.academy.quiz.statistics;

import java.util.Locale;

/**
 * How many sittings had one outcome on a question: an option chosen, a case-study ending reached,
 * or a band of the score. {@code id} is the option or ending id, or for the other outcomes a fixed
 * code ("full", "not-answered", …) that exports can carry unchanged.
 */
public record OutcomeCount(Outcome outcome, String id, long count) {

    /** The kinds of outcome; the last five carry no id of the quiz's own. */
    public enum Outcome {
        OPTION,
        ENDING,
        FULL,
        PARTIAL,
        ZERO,
        UNFINISHED,
        NOT_ANSWERED;

        public String messageKey() {
            return "statistics.outcome." + name();
        }

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static OutcomeCount of(Outcome outcome, long count) {
        return new OutcomeCount(outcome, outcome.code(), count);
    }
}
