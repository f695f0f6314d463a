package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.util.List;

/** The type of a question as reports name it; true/false is told apart from single choice by its two options. */
public enum QuestionKind {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    MATCHING,
    ORDERING,
    SHORT_ANSWER,
    ESSAY,
    CASE_STUDY;

    public String messageKey() {
        return "statistics.type." + name();
    }

    public static QuestionKind of(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            if (choice.multiple()) {
                return MULTIPLE_CHOICE;
            }
            boolean trueFalse = choice.options().stream()
                    .map(ChoiceQuestion.Option::id)
                    .toList()
                    .equals(List.of("true", "false"));
            return trueFalse ? TRUE_FALSE : SINGLE_CHOICE;
        }
        if (question instanceof MatchingQuestion) {
            return MATCHING;
        }
        if (question instanceof OrderingQuestion) {
            return ORDERING;
        }
        if (question instanceof ShortAnswerQuestion) {
            return SHORT_ANSWER;
        }
        if (question instanceof EssayQuestion) {
            return ESSAY;
        }
        if (question instanceof CaseStudy) {
            return CASE_STUDY;
        }
        throw new IllegalArgumentException("unknown question type " + question.getClass());
    }
}
