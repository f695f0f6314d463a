package eu.restproject.academy.authoring.web;

import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Fills the editor's form: a blank one for a new question, or one holding every field of a stored question; {@link QuestionFromForm} goes back. */
final class QuestionForms {

    static final List<String> TYPES =
            List.of("single", "multiple", "truefalse", "matching", "ordering", "short", "essay", "case");

    private QuestionForms() {}

    /** A new question of a type, with the rows an author fills in first. */
    static QuestionForm blank(String type) {
        QuestionForm form = new QuestionForm();
        form.setType(TYPES.contains(type) ? type : "single");
        form.setPoints("1");
        form.setAnswer("true");
        form.setStart("start");
        for (int i = 0; i < 3; i++) {
            form.getOptions().add(row(form.getOptions()));
            form.getItems().add(row(form.getItems()));
            form.getAnswers().add(row(form.getAnswers()));
            form.getPrompts().add(new QuestionForm.Prompt());
        }
        QuestionForm.Step start = new QuestionForm.Step();
        start.setId("start");
        start.getChoices().add(new QuestionForm.Choice());
        start.getChoices().add(new QuestionForm.Choice());
        form.getSteps().add(start);
        return form;
    }

    static QuestionForm of(Quiz.Item item, Set<String> tags) {
        QuestionForm form = new QuestionForm();
        Question question = item.question();
        form.setId(question.id());
        form.setType(QuizWriter.type(item));
        form.setPoints(question.points().toPlainString());
        form.getText().putAll(item.text());
        form.setTags(String.join(", ", tags));
        if (question instanceof ChoiceQuestion choice) {
            choices(choice, item, form);
        } else if (question instanceof MatchingQuestion matching) {
            item.labels().keySet().stream()
                    .filter(matching.answers()::contains)
                    .forEach(id -> form.getAnswers().add(labelled(id, item.labels())));
            matching.correctPairs().forEach((prompt, answer) -> {
                QuestionForm.Prompt row = new QuestionForm.Prompt();
                row.setId(prompt);
                row.getText().putAll(item.labels().getOrDefault(prompt, Map.of()));
                row.setAnswer(answer);
                form.getPrompts().add(row);
            });
            matching.variants()
                    .forEach((country, pairs) -> pairs.forEach((prompt, answer) -> {
                        QuestionForm.PairVariant row = new QuestionForm.PairVariant();
                        row.setCountry(country.name());
                        row.setPrompt(prompt);
                        row.setAnswer(answer);
                        form.getPairVariants().add(row);
                    }));
        } else if (question instanceof OrderingQuestion ordering) {
            ordering.correctOrder().forEach(id -> form.getItems().add(labelled(id, item.labels())));
            ordering.variants().forEach((country, order) -> {
                QuestionForm.OrderVariant row = new QuestionForm.OrderVariant();
                row.setCountry(country.name());
                row.setOrder(String.join(", ", order));
                form.getOrderVariants().add(row);
            });
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            form.setAccepted(String.join("\n", shortAnswer.accepted()));
            form.setCaseSensitive(shortAnswer.caseSensitive());
            form.setAccentSensitive(shortAnswer.accentSensitive());
            shortAnswer.variants().forEach((country, accepted) -> {
                QuestionForm.ShortVariant row = new QuestionForm.ShortVariant();
                row.setCountry(country.name());
                row.setAccepted(String.join("\n", accepted));
                form.getShortVariants().add(row);
            });
        } else if (question instanceof CaseStudy study) {
            caseStudy(study, item, form);
        }
        return form;
    }

    private static void choices(ChoiceQuestion choice, Quiz.Item item, QuestionForm form) {
        if (form.getType().equals("truefalse")) {
            form.setAnswer(String.valueOf(choice.options().get(0).correct()));
            form.getFeedbackTrue().putAll(choice.options().get(0).feedback().text());
            form.getFeedbackFalse().putAll(choice.options().get(1).feedback().text());
        } else {
            for (ChoiceQuestion.Option option : choice.options()) {
                QuestionForm.Option row = labelled(option.id(), item.labels());
                row.setCorrect(option.correct());
                feedback(option.feedback(), row);
                form.getOptions().add(row);
            }
        }
        choice.variants().forEach((country, variant) -> {
            QuestionForm.Variant row = new QuestionForm.Variant();
            row.setCountry(country.name());
            row.getCorrect().addAll(variant.correct());
            for (ChoiceQuestion.Option option : choice.options()) {
                QuestionForm.Option feedback = new QuestionForm.Option();
                feedback.setId(option.id());
                Optional.ofNullable(variant.feedback().get(option.id())).ifPresent(f -> feedback(f, feedback));
                row.getFeedback().add(feedback);
            }
            form.getVariants().add(row);
        });
    }

    private static void caseStudy(CaseStudy study, Quiz.Item item, QuestionForm form) {
        form.setStart(study.start());
        for (CaseStudy.Step step : study.steps().values()) {
            QuestionForm.Step row = new QuestionForm.Step();
            row.setId(step.id());
            if (step instanceof CaseStudy.Ending ending) {
                row.setEnding(true);
                row.setPoints(ending.points().toPlainString());
                row.getText().putAll(ending.debrief().text());
                ending.debrief().ground().ifPresent(g -> {
                    row.setInstrument(g.instrument());
                    row.setArticle(g.article());
                });
            } else {
                row.getText().putAll(item.labels().getOrDefault(step.id(), Map.of()));
                for (CaseStudy.Choice choice : ((CaseStudy.Decision) step).choices()) {
                    row.getChoices().add(choice(step.id(), choice, item));
                }
            }
            form.getSteps().add(row);
        }
        study.variants()
                .forEach((country, choices) -> choices.forEach((key, variant) -> {
                    QuestionForm.CaseVariant row = new QuestionForm.CaseVariant();
                    row.setCountry(country.name());
                    row.setChoice(key);
                    variant.points().ifPresent(p -> row.setPoints(p.toPlainString()));
                    variant.feedback().ifPresent(f -> {
                        row.getFeedback().putAll(f.text());
                        f.ground().ifPresent(g -> {
                            row.setInstrument(g.instrument());
                            row.setArticle(g.article());
                        });
                    });
                    form.getCaseVariants().add(row);
                }));
    }

    private static QuestionForm.Choice choice(String stepId, CaseStudy.Choice choice, Quiz.Item item) {
        QuestionForm.Choice row = new QuestionForm.Choice();
        row.setId(choice.id());
        row.getText().putAll(item.labels().getOrDefault(stepId + "/" + choice.id(), Map.of()));
        row.setPoints(choice.points().toPlainString());
        row.getFeedback().putAll(choice.feedback().text());
        choice.feedback().ground().ifPresent(g -> {
            row.setInstrument(g.instrument());
            row.setArticle(g.article());
        });
        List<CaseStudy.Route> routes = choice.routes();
        row.setNext(routes.get(routes.size() - 1).target());
        if (routes.size() > 1) {
            row.setConditionMin(
                    routes.get(0).minScore().map(BigDecimal::toPlainString).orElse(""));
            row.setConditionTarget(routes.get(0).target());
            routes.subList(1, routes.size() - 1)
                    .forEach(r -> row.getMoreRoutes()
                            .add(r.minScore().map(BigDecimal::toPlainString).orElse("0") + " " + r.target()));
        }
        return row;
    }

    /** A new row with the first letter not yet used as an id, so that prompts and variants can name it at once. */
    static QuestionForm.Option row(List<QuestionForm.Option> rows) {
        Set<String> taken = new HashSet<>();
        rows.forEach(r -> Optional.ofNullable(blankToNull(r.getId())).ifPresent(taken::add));
        QuestionForm.Option row = new QuestionForm.Option();
        char next = 'a';
        while (taken.contains(String.valueOf(next))) {
            next++;
        }
        row.setId(String.valueOf(next));
        return row;
    }

    private static QuestionForm.Option labelled(String id, Map<String, Map<Language, String>> labels) {
        QuestionForm.Option row = new QuestionForm.Option();
        row.setId(id);
        row.getText().putAll(labels.getOrDefault(id, Map.of()));
        return row;
    }

    private static void feedback(Feedback feedback, QuestionForm.Option row) {
        row.getFeedback().putAll(feedback.text());
        feedback.ground().ifPresent(g -> {
            row.setInstrument(g.instrument());
            row.setArticle(g.article());
        });
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
