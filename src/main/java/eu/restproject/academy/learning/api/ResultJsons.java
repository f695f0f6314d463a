package eu.restproject.academy.learning.api;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The result of a submitted attempt as stored, with per-question feedback as the result page shows
 * it: only when the quiz's feedback policy is not "never".
 */
final class ResultJsons {

    private ResultJsons() {}

    static AttemptJson.ResultJson of(
            Attempts.State state, Map<String, Grade> grades, Map<String, String> rubrics, Language language) {
        QuizAttempt attempt = state.attempt();
        List<AttemptJson.QuestionResultJson> feedback = null;
        if (state.quiz().feedback() != Quiz.FeedbackPolicy.NEVER) {
            feedback = state.quiz().items().stream()
                    .map(item -> {
                        Grade grade = grades.get(item.question().id());
                        return new AttemptJson.QuestionResultJson(
                                item.question().id(),
                                grade.score().points(),
                                grade.score().max(),
                                grade.awaitingTrainer(),
                                feedbackOn(state, item, language),
                                rubrics.get(item.question().id()));
                    })
                    .toList();
        }
        return new AttemptJson.ResultJson(
                attempt.getScore(),
                attempt.getMaxScore(),
                new Score(attempt.getScore(), attempt.getMaxScore()).percent(),
                attempt.getPassed(),
                attempt.isAwaitingTrainer(),
                attempt.getSubmittedAt(),
                feedback);
    }

    private static List<AttemptJson.FeedbackJson> feedbackOn(Attempts.State state, Quiz.Item item, Language language) {
        Answer answer = state.answers().get(item.question().id());
        Stream<Feedback> given = Stream.empty();
        if (answer instanceof Answer.Choice choice && item.question() instanceof ChoiceQuestion question) {
            given = choice.optionIds().stream()
                    .map(option -> question.feedbackFor(option, state.attempt().getCountry()));
        } else if (answer instanceof Answer.Path path && item.question() instanceof CaseStudy study) {
            given = caseFeedback(study, path.choiceIds(), state.attempt().getCountry()).stream();
        }
        return given.filter(f -> !f.text().isEmpty())
                .map(f -> new AttemptJson.FeedbackJson(
                        QuizJson.text(f.text(), language),
                        f.ground().map(Feedback.Ground::instrument).orElse(null),
                        f.ground().map(Feedback.Ground::article).orElse(null)))
                .toList();
    }

    /** The feedback of each choice taken (as the learner's country has it), then the ending's debrief if the case ended. */
    private static List<Feedback> caseFeedback(CaseStudy study, List<String> path, Country country) {
        CaseStudy.Position end = study.play(path, country);
        List<Feedback> feedback = new ArrayList<>(
                end.taken().stream().map(CaseStudy.Choice::feedback).toList());
        if (end.current() instanceof CaseStudy.Ending ending) {
            feedback.add(ending.debrief());
        }
        return feedback;
    }
}
