package eu.restproject.academy.quiz.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a quiz over a set of sittings: the totals in percent of {@code maxPoints} (two
 * decimals; empty without sittings, the standard deviation also with one) and each question's
 * figures in the quiz's order.
 *
 * @param passed sittings whose total reached the quiz's pass mark, judged as attempts judge it
 */
public record QuizFigures(
        String quizId,
        int sittings,
        BigDecimal maxPoints,
        Optional<BigDecimal> mean,
        Optional<BigDecimal> median,
        Optional<BigDecimal> standardDeviation,
        int passed,
        List<QuestionFigures> questions) {

    public QuizFigures {
        questions = List.copyOf(questions);
    }
}
