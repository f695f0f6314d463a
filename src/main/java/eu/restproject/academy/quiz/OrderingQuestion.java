package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

/** Put items in order. Credit for each item in its correct position. */
public record OrderingQuestion(String id, BigDecimal points, List<String> correctOrder) implements Question {

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Ordering ordering) || ordering.itemIds().size() != correctOrder.size()
                || !new HashSet<>(ordering.itemIds()).equals(new HashSet<>(correctOrder))) {
            throw Question.unfit(id);
        }
        long inPlace = IntStream.range(0, correctOrder.size())
                .filter(i -> correctOrder.get(i).equals(ordering.itemIds().get(i))).count();
        return Grade.of(Score.of(points, BigDecimal.valueOf(inPlace).divide(BigDecimal.valueOf(correctOrder.size()), MathContext.DECIMAL64)));
    }
}
