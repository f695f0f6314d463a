package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;

/** Match each prompt to an answer (there may be more answers than prompts). Credit per correct pair. */
public record MatchingQuestion(String id, BigDecimal points, Map<String, String> correctPairs, Set<String> answers)
        implements Question {

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Matching matching)
                || !correctPairs.keySet().containsAll(matching.pairs().keySet())
                || !answers.containsAll(matching.pairs().values())) {
            throw Question.unfit(id);
        }
        long right = correctPairs.entrySet().stream()
                .filter(pair -> pair.getValue().equals(matching.pairs().get(pair.getKey()))).count();
        return Grade.of(Score.of(points, BigDecimal.valueOf(right).divide(BigDecimal.valueOf(correctPairs.size()), MathContext.DECIMAL64)));
    }
}
