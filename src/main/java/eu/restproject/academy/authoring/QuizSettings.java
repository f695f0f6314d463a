package eu.restproject.academy.authoring;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A quiz's fields other than its questions, as a trainer sets them. */
public record QuizSettings(
        String quizId,
        Map<Language, String> title,
        int passMark,
        Optional<Integer> timeLimitMinutes,
        Optional<Integer> maxAttempts,
        Quiz.FeedbackPolicy feedback,
        boolean completesModule) {

    public static QuizSettings of(Quiz quiz) {
        return new QuizSettings(
                quiz.id(),
                quiz.title(),
                quiz.passMark(),
                quiz.timeLimitMinutes(),
                quiz.maxAttempts(),
                quiz.feedback(),
                quiz.completesModule());
    }

    Quiz withItems(List<Quiz.Item> items) {
        return new Quiz(quizId, title, passMark, timeLimitMinutes, maxAttempts, feedback, completesModule, items);
    }
}
