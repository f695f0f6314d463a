package eu.restproject.academy.learning.api;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.AnswerCodec;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.Quiz;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An attempt for its learner: the answers saved so far (in the format they are sent in), where
 * each case study stands with the choices of its current step, and the result once submitted.
 * {@code version} changes when the attempt itself changes (its submission), not with each answer.
 */
public record AttemptJson(
        long id,
        long version,
        String quiz,
        String moduleVersion,
        Instant startedAt,
        Instant deadline,
        boolean submitted,
        Instant submittedAt,
        Map<String, JsonObject> answers,
        Map<String, CaseJson> cases,
        ResultJson result) {

    /** A case study under way: the path taken, the steps seen so far and the step it stands at. */
    public record CaseJson(
            List<String> path, List<QuizJson.StepJson> visited, QuizJson.StepJson current, boolean ended) {}

    static AttemptJson of(Attempts.State state, ResultJson result, Language language) {
        QuizAttempt attempt = state.attempt();
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        state.answers()
                .forEach((question, answer) -> answers.put(
                        question,
                        Json.createReader(new StringReader(AnswerCodec.encode(answer)))
                                .readObject()));
        Map<String, CaseJson> cases = new LinkedHashMap<>();
        if (!attempt.isSubmitted()) {
            for (Quiz.Item item : state.quiz().items()) {
                if (item.question() instanceof CaseStudy study) {
                    cases.put(
                            study.id(),
                            caseOf(item, study, state.answers().get(study.id()), attempt.getCountry(), language));
                }
            }
        }
        return new AttemptJson(
                attempt.getId(),
                attempt.getVersion(),
                attempt.getModuleId() + ":" + attempt.getQuizId(),
                attempt.getModuleVersion(),
                attempt.getStartedAt(),
                attempt.getDeadline(),
                attempt.isSubmitted(),
                attempt.getSubmittedAt(),
                answers,
                cases,
                result);
    }

    private static CaseJson caseOf(Quiz.Item item, CaseStudy study, Answer saved, Country country, Language language) {
        List<String> path = saved instanceof Answer.Path p ? p.choiceIds() : List.of();
        CaseStudy.Position position = study.play(path, country);
        List<QuizJson.StepJson> visited = position.visited().stream()
                .map(step -> new QuizJson.StepJson(
                        step,
                        QuizJson.label(item, step, language),
                        study.steps().get(step) instanceof CaseStudy.Ending,
                        List.of()))
                .toList();
        return new CaseJson(path, visited, QuizJson.step(item, position.current(), language), position.isFinished());
    }

    /** The result of a submitted attempt; {@code feedback} only when the quiz shows feedback. */
    public record ResultJson(
            BigDecimal score,
            BigDecimal max,
            BigDecimal percent,
            Boolean passed,
            boolean awaitingTrainer,
            Instant submittedAt,
            List<QuestionResultJson> feedback) {}

    /** One question's grade and the feedback on what the learner answered. */
    public record QuestionResultJson(
            String question,
            BigDecimal score,
            BigDecimal max,
            boolean awaitingTrainer,
            List<FeedbackJson> feedback,
            String rubric) {}

    /** A piece of feedback, with the legal ground it cites if any. */
    public record FeedbackJson(String text, String instrument, String article) {}
}
