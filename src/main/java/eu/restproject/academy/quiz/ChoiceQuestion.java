package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Single choice, multiple choice and true/false. A country variant may name other correct options
 * and give other feedback for that country's learners.
 *
 * <p>Multiple choice earns partial credit, "right minus wrong": the share of correct options
 * chosen, less the share of incorrect options chosen, never below zero.
 */
public record ChoiceQuestion(
        String id, BigDecimal points, boolean multiple, List<Option> options, Map<Country, Variant> variants)
        implements Question {

    /** One option; {@code correct} for learners without a variant. */
    public record Option(String id, boolean correct, Feedback feedback) {}

    /** What differs for one country: the correct options and, per option, feedback. */
    public record Variant(Set<String> correct, Map<String, Feedback> feedback) {}

    public static ChoiceQuestion trueFalse(
            String id, BigDecimal points, boolean statementIsTrue, Feedback onTrue, Feedback onFalse) {
        return new ChoiceQuestion(
                id,
                points,
                false,
                List.of(new Option("true", statementIsTrue, onTrue), new Option("false", !statementIsTrue, onFalse)),
                Map.of());
    }

    public Set<String> correctFor(Country country) {
        Variant variant = country == null ? null : variants.get(country);
        return variant != null
                ? variant.correct()
                : options.stream().filter(Option::correct).map(Option::id).collect(Collectors.toSet());
    }

    public Feedback feedbackFor(String optionId, Country country) {
        Variant variant = country == null ? null : variants.get(country);
        return Optional.ofNullable(variant)
                .map(v -> v.feedback().get(optionId))
                .or(() -> options.stream()
                        .filter(o -> o.id().equals(optionId))
                        .findFirst()
                        .map(Option::feedback))
                .orElse(Feedback.NONE);
    }

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Choice choice)) {
            throw Question.unfit(id);
        }
        Set<String> known = options.stream().map(Option::id).collect(Collectors.toSet());
        Set<String> chosen = choice.optionIds();
        if (!known.containsAll(chosen) || (!multiple && chosen.size() > 1)) {
            throw Question.unfit(id);
        }
        Set<String> correct = correctFor(country);
        if (!multiple) {
            return Grade.of(
                    chosen.size() == 1 && correct.containsAll(chosen) ? Score.full(points) : Score.zero(points));
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        long incorrectOptions = known.size() - correct.size();
        BigDecimal fraction = ratio(right, correct.size()).subtract(ratio(wrong, incorrectOptions));
        return Grade.of(Score.of(points, fraction));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }
}
