package eu.restproject.academy.learning.api;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A quiz as a learner may see it before answering, in one language: questions, points and the
 * labels to choose from. Never the correct options, pairs or order, feedback, country variants,
 * or the points of choices and endings; ordering items are listed by id, not in their order; of a
 * case study only the start step (later steps come with the attempt as the learner advances).
 * {@code review} is the feedback policy: immediate, after-submission or never.
 */
public record QuizJson(
        String id,
        String module,
        String moduleVersion,
        String language,
        String title,
        int passMark,
        Integer timeLimitMinutes,
        Integer attemptsAllowed,
        String review,
        boolean completesModule,
        List<QuestionJson> questions) {

    /** One question; only the members of its type are present. */
    public record QuestionJson(
            String id,
            String type,
            BigDecimal points,
            String text,
            List<LabelJson> options,
            List<LabelJson> prompts,
            List<LabelJson> answers,
            List<LabelJson> items,
            StepJson start) {}

    /** Something to choose, match or order. */
    public record LabelJson(String id, String text) {}

    /** A case-study step: a decision point with its choices, or an ending. */
    public record StepJson(String id, String text, boolean ending, List<LabelJson> choices) {}

    static QuizJson of(String moduleId, String moduleVersion, Quiz quiz, Language language) {
        return new QuizJson(
                moduleId + ":" + quiz.id(),
                moduleId,
                moduleVersion,
                language.code(),
                text(quiz.title(), language),
                quiz.passMark(),
                quiz.timeLimitMinutes().orElse(null),
                quiz.maxAttempts().orElse(null),
                policy(quiz.feedback()),
                quiz.completesModule(),
                quiz.items().stream().map(item -> question(item, language)).toList());
    }

    static String policy(Quiz.FeedbackPolicy policy) {
        return policy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static QuestionJson question(Quiz.Item item, Language language) {
        String id = item.question().id();
        BigDecimal points = item.question().points();
        String text = text(item.text(), language);
        if (item.question() instanceof ChoiceQuestion choice) {
            return new QuestionJson(
                    id,
                    choiceType(choice, item),
                    points,
                    text,
                    labels(
                            item,
                            choice.options().stream()
                                    .map(ChoiceQuestion.Option::id)
                                    .toList(),
                            language),
                    null,
                    null,
                    null,
                    null);
        }
        if (item.question() instanceof MatchingQuestion matching) {
            return new QuestionJson(
                    id,
                    "matching",
                    points,
                    text,
                    null,
                    labels(item, List.copyOf(matching.correctPairs().keySet()), language),
                    labels(item, QuestionLayout.answersOf(item, language), language),
                    null,
                    null);
        }
        if (item.question() instanceof OrderingQuestion ordering) {
            return new QuestionJson(
                    id,
                    "ordering",
                    points,
                    text,
                    null,
                    null,
                    null,
                    labels(item, QuestionLayout.shuffled(item), language),
                    null);
        }
        if (item.question() instanceof CaseStudy study) {
            return new QuestionJson(
                    id,
                    "case",
                    points,
                    text,
                    null,
                    null,
                    null,
                    null,
                    step(item, study.steps().get(study.start()), language));
        }
        return new QuestionJson(
                id,
                item.question() instanceof EssayQuestion ? "essay" : "short",
                points,
                text,
                null,
                null,
                null,
                null,
                null);
    }

    /** True/false questions are single choices between the platform's own "true" and "false". */
    private static String choiceType(ChoiceQuestion choice, Quiz.Item item) {
        boolean trueFalse = choice.options().stream()
                        .map(ChoiceQuestion.Option::id)
                        .toList()
                        .equals(List.of("true", "false"))
                && !item.labels().containsKey("true");
        return trueFalse ? "truefalse" : choice.multiple() ? "multiple" : "single";
    }

    static StepJson step(Quiz.Item item, CaseStudy.Step step, Language language) {
        List<LabelJson> choices = step instanceof CaseStudy.Decision decision
                ? decision.choices().stream()
                        .map(c -> new LabelJson(c.id(), label(item, step.id() + "/" + c.id(), language)))
                        .toList()
                : List.of();
        return new StepJson(step.id(), label(item, step.id(), language), step instanceof CaseStudy.Ending, choices);
    }

    private static List<LabelJson> labels(Quiz.Item item, List<String> ids, Language language) {
        return ids.stream()
                .map(id -> new LabelJson(id, label(item, id, language)))
                .toList();
    }

    static String label(Quiz.Item item, String key, Language language) {
        Map<Language, String> texts = item.labels().get(key);
        if ((texts == null || texts.isEmpty()) && ("true".equals(key) || "false".equals(key))) {
            return Messages.format(language.locale(), "attempt." + key);
        }
        return text(texts, language);
    }

    static String text(Map<Language, String> texts, Language language) {
        return texts == null || texts.isEmpty() ? "" : Localized.pick(texts, language);
    }
}
