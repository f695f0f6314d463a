package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One submitted attempt, as the statistics see it: who sat it (country and profession, for
 * breakdowns; either may be null), the score of each question and what was answered, by question
 * id. A question missing from {@code scores} scored 0 of its points; one missing from
 * {@code answers} was not answered. An essay still awaiting its trainer counts with the 0 it has.
 */
public record Sitting(
        long attemptId,
        Country country,
        Profession profession,
        Map<String, Score> scores,
        Map<String, Answer> answers) {

    public Sitting {
        scores = Map.copyOf(scores);
        answers = Map.copyOf(answers);
    }

    /** The score of this question, 0 of its points when there is none. */
    public Score score(Question question) {
        return scores.getOrDefault(question.id(), Score.zero(question.points()));
    }

    /** Points over the quiz's questions only, so that a stale score of a removed question cannot count. */
    public BigDecimal total(Quiz quiz) {
        return quiz.items().stream()
                .map(item -> score(item.question()).points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The answer given, if any. An empty answer (no option ticked, blank text, no step taken) is
     * what remains when a learner clears a selection before submitting, so it counts as none.
     */
    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId)).filter(answer -> !isEmpty(answer));
    }

    private static boolean isEmpty(Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            return choice.optionIds().isEmpty();
        }
        if (answer instanceof Answer.Matching matching) {
            return matching.pairs().isEmpty();
        }
        if (answer instanceof Answer.Ordering ordering) {
            return ordering.itemIds().isEmpty();
        }
        if (answer instanceof Answer.Text text) {
            return text.text() == null || text.text().isBlank();
        }
        return ((Answer.Path) answer).choiceIds().isEmpty();
    }
}
