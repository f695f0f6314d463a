package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.UnfitInputException;
import java.math.BigDecimal;

/**
 * A question of a quiz. Grading is a pure function of the answer and the learner's country, so the
 * same answers always give the same score (docs/grading.md has the rules and worked examples).
 */
public sealed interface Question
        permits ChoiceQuestion, MatchingQuestion, OrderingQuestion, ShortAnswerQuestion, EssayQuestion, CaseStudy {

    String id();

    BigDecimal points();

    /** @throws InvalidInputException when the answer does not fit the question (wrong kind, unknown ids) */
    Grade grade(Answer answer, Country country);

    static InvalidInputException unfit(String questionId) {
        return new UnfitInputException("answer", "error.answer.unfit", questionId);
    }
}
