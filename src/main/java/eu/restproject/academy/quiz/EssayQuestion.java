package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import java.math.BigDecimal;

/** A written answer that a trainer grades; until then it counts zero and the attempt waits for the trainer. */
public record EssayQuestion(String id, BigDecimal points) implements Question {

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Text)) {
            throw Question.unfit(id);
        }
        return new Grade(Score.zero(points), true);
    }

    /** The trainer's grade, which must lie between 0 and the question's points. */
    public Grade graded(BigDecimal awarded) {
        if (awarded == null || awarded.signum() < 0 || awarded.compareTo(points) > 0) {
            throw new InvalidInputException("score", "error.essay.score", points);
        }
        return Grade.of(new Score(awarded, points));
    }
}
