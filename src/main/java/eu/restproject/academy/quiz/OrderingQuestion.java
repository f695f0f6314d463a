package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Put items in order. Credit for each item in its correct position. A country variant may have another correct order. */
public record OrderingQuestion(
        String id, BigDecimal points, List<String> correctOrder, Map<Country, List<String>> variants)
        implements Question {

    public OrderingQuestion(String id, BigDecimal points, List<String> correctOrder) {
        this(id, points, correctOrder, Map.of());
    }

    public List<String> correctOrderFor(Country country) {
        return country != null && variants.containsKey(country) ? variants.get(country) : correctOrder;
    }

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Ordering ordering)
                || ordering.itemIds().size() != correctOrder.size()
                || !new HashSet<>(ordering.itemIds()).equals(new HashSet<>(correctOrder))) {
            throw Question.unfit(id);
        }
        List<String> correct = correctOrderFor(country);
        long inPlace = IntStream.range(0, correct.size())
                .filter(i -> correct.get(i).equals(ordering.itemIds().get(i)))
                .count();
        return Grade.of(Score.of(
                points, BigDecimal.valueOf(inPlace).divide(BigDecimal.valueOf(correct.size()), MathContext.DECIMAL64)));
    }
}
