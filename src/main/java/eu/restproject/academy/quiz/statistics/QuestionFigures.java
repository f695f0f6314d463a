package eu.restproject.academy.quiz.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one question over a set of sittings, two decimals each. {@code mean} and
 * {@code standardDeviation} are in points, {@code facility} is the mean in percent of
 * {@code maxPoints}, {@code discrimination} a correlation times 100 (−100 to 100). Figures that
 * need more sittings or some spread than there are stay empty rather than show a misleading 0.
 *
 * @param answered  sittings that gave an answer; the means count the others with 0
 * @param distribution in the question's order: options or endings, then the bands, "not answered" last
 */
public record QuestionFigures(
        String questionId,
        QuestionKind kind,
        BigDecimal maxPoints,
        int answered,
        Optional<BigDecimal> mean,
        Optional<BigDecimal> facility,
        Optional<BigDecimal> standardDeviation,
        Optional<BigDecimal> discrimination,
        List<OutcomeCount> distribution) {

    public QuestionFigures {
        distribution = List.copyOf(distribution);
    }
}
