package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

/**
 * Match each prompt to an answer (there may be more answers than prompts). Credit per correct pair.
 * A country variant pairs some prompts with other answers for that country's learners.
 */
public record MatchingQuestion(
        String id,
        BigDecimal points,
        Map<String, String> correctPairs,
        Set<String> answers,
        Map<Country, Map<String, String>> variants)
        implements Question {

    public MatchingQuestion(String id, BigDecimal points, Map<String, String> correctPairs, Set<String> answers) {
        this(id, points, correctPairs, answers, Map.of());
    }

    /** The correct pairs for learners of the country: the general ones, with the country's variant over them. */
    public Map<String, String> correctPairsFor(Country country) {
        Map<String, String> variant = country == null ? null : variants.get(country);
        if (variant == null) {
            return correctPairs;
        }
        Map<String, String> pairs = new java.util.LinkedHashMap<>(correctPairs);
        pairs.putAll(variant);
        return pairs;
    }

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Matching matching)
                || !correctPairs.keySet().containsAll(matching.pairs().keySet())
                || !answers.containsAll(matching.pairs().values())) {
            throw Question.unfit(id);
        }
        Map<String, String> correct = correctPairsFor(country);
        long right = correct.entrySet().stream()
                .filter(pair -> pair.getValue().equals(matching.pairs().get(pair.getKey())))
                .count();
        return Grade.of(Score.of(
                points, BigDecimal.valueOf(right).divide(BigDecimal.valueOf(correct.size()), MathContext.DECIMAL64)));
    }
}
