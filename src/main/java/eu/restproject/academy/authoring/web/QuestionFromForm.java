package eu.restproject.academy.authoring.web;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The question the editor's form describes. Rows left entirely empty are dropped, so that "add"
 * never forces an entry; the quiz reader checks the result before anything is stored.
 */
final class QuestionFromForm {

    private QuestionFromForm() {}

    /** Gives the options that have a text an id, so that country variants can refer to them. */
    static void nameOptions(QuestionForm form) {
        ids(filled(form.getOptions()));
    }

    /** The question the form describes; the quiz reader checks it before anything is stored. */
    static Quiz.Item toItem(QuestionForm form) {
        String id = QuestionForms.blankToNull(form.getId());
        if (id == null) {
            throw new InvalidInputException("id", "error.authoring.idRequired");
        }
        BigDecimal points = number(form.getPoints(), "points");
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        Question question = switch (form.getType()) {
            case "single", "multiple" -> choice(id, points, form, labels);
            case "truefalse" ->
                new ChoiceQuestion(
                        id,
                        points,
                        false,
                        ChoiceQuestion.trueFalse(
                                        id,
                                        points,
                                        "true".equals(form.getAnswer()),
                                        new Feedback(texts(form.getFeedbackTrue()), Optional.empty()),
                                        new Feedback(texts(form.getFeedbackFalse()), Optional.empty()))
                                .options(),
                        variants(form, List.of("true", "false")));
            case "matching" -> matching(id, points, form, labels);
            case "ordering" -> new OrderingQuestion(id, points, rows(form.getItems(), labels), orders(form));
            case "short" -> shortAnswer(id, points, form);
            case "case" -> caseStudy(id, points, form, labels);
            default -> new EssayQuestion(id, points);
        };
        return new Quiz.Item(question, texts(form.getText()), labels);
    }

    private static ChoiceQuestion choice(
            String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        List<QuestionForm.Option> filled = filled(form.getOptions());
        List<String> ids = ids(filled);
        List<ChoiceQuestion.Option> options = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            QuestionForm.Option row = filled.get(i);
            labels.put(ids.get(i), texts(row.getText()));
            options.add(new ChoiceQuestion.Option(
                    ids.get(i), row.isCorrect(), feedback(row.getFeedback(), row.getInstrument(), row.getArticle())));
        }
        return new ChoiceQuestion(id, points, form.getType().equals("multiple"), options, variants(form, ids));
    }

    private static Map<Country, ChoiceQuestion.Variant> variants(QuestionForm form, List<String> optionIds) {
        Map<Country, ChoiceQuestion.Variant> variants = new EnumMap<>(Country.class);
        for (QuestionForm.Variant row : form.getVariants()) {
            if (QuestionForms.blankToNull(row.getCountry()) == null) {
                continue;
            }
            Map<String, Feedback> feedback = new HashMap<>();
            row.getFeedback().stream()
                    .filter(f -> optionIds.contains(f.getId())
                            && !texts(f.getFeedback()).isEmpty())
                    .forEach(
                            f -> feedback.put(f.getId(), feedback(f.getFeedback(), f.getInstrument(), f.getArticle())));
            variants.put(
                    Country.valueOf(row.getCountry()),
                    new ChoiceQuestion.Variant(new HashSet<>(row.getCorrect()), feedback));
        }
        return variants;
    }

    private static MatchingQuestion matching(
            String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        List<String> answers = rows(form.getAnswers(), labels);
        Map<String, String> pairs = new LinkedHashMap<>();
        int n = 0;
        for (QuestionForm.Prompt prompt : form.getPrompts()) {
            if (texts(prompt.getText()).isEmpty() && QuestionForms.blankToNull(prompt.getAnswer()) == null) {
                continue;
            }
            String promptId = Optional.ofNullable(QuestionForms.blankToNull(prompt.getId()))
                    .orElse("p" + ++n);
            labels.put(promptId, texts(prompt.getText()));
            pairs.put(
                    promptId,
                    Optional.ofNullable(QuestionForms.blankToNull(prompt.getAnswer()))
                            .orElse(""));
        }
        Map<Country, Map<String, String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.PairVariant row : form.getPairVariants()) {
            if (QuestionForms.blankToNull(row.getCountry()) != null
                    && QuestionForms.blankToNull(row.getPrompt()) != null) {
                variants.computeIfAbsent(Country.valueOf(row.getCountry()), c -> new LinkedHashMap<>())
                        .put(
                                row.getPrompt(),
                                Optional.ofNullable(QuestionForms.blankToNull(row.getAnswer()))
                                        .orElse(""));
            }
        }
        return new MatchingQuestion(id, points, pairs, new LinkedHashSet<>(answers), variants);
    }

    private static Map<Country, List<String>> orders(QuestionForm form) {
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.OrderVariant row : form.getOrderVariants()) {
            if (QuestionForms.blankToNull(row.getCountry()) != null
                    && QuestionForms.blankToNull(row.getOrder()) != null) {
                variants.put(
                        Country.valueOf(row.getCountry()),
                        List.of(row.getOrder().strip().split("[,\\s]+")));
            }
        }
        return variants;
    }

    private static ShortAnswerQuestion shortAnswer(String id, BigDecimal points, QuestionForm form) {
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.ShortVariant row : form.getShortVariants()) {
            if (QuestionForms.blankToNull(row.getCountry()) != null
                    && !lines(row.getAccepted()).isEmpty()) {
                variants.put(Country.valueOf(row.getCountry()), lines(row.getAccepted()));
            }
        }
        return new ShortAnswerQuestion(
                id, points, lines(form.getAccepted()), form.isCaseSensitive(), form.isAccentSensitive(), variants);
    }

    private static CaseStudy caseStudy(
            String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        Map<String, CaseStudy.Step> steps = new LinkedHashMap<>();
        for (QuestionForm.Step row : form.getSteps()) {
            String stepId = QuestionForms.blankToNull(row.getId());
            if (stepId == null) {
                continue;
            }
            if (row.isEnding()) {
                steps.put(
                        stepId,
                        new CaseStudy.Ending(
                                stepId,
                                number(row.getPoints(), "points"),
                                feedback(row.getText(), row.getInstrument(), row.getArticle())));
                labels.put(stepId, texts(row.getText()));
                continue;
            }
            labels.put(stepId, texts(row.getText()));
            List<CaseStudy.Choice> choices = new ArrayList<>();
            for (QuestionForm.Choice choice : row.getChoices()) {
                String choiceId = QuestionForms.blankToNull(choice.getId());
                if (choiceId == null) {
                    continue;
                }
                labels.put(stepId + "/" + choiceId, texts(choice.getText()));
                choices.add(new CaseStudy.Choice(
                        choiceId,
                        number(choice.getPoints(), "points"),
                        feedback(choice.getFeedback(), choice.getInstrument(), choice.getArticle()),
                        routes(choice)));
            }
            steps.put(stepId, new CaseStudy.Decision(stepId, choices));
        }
        Map<Country, Map<String, CaseStudy.ChoiceVariant>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.CaseVariant row : form.getCaseVariants()) {
            if (QuestionForms.blankToNull(row.getCountry()) == null
                    || QuestionForms.blankToNull(row.getChoice()) == null) {
                continue;
            }
            Optional<BigDecimal> changedPoints = QuestionForms.blankToNull(row.getPoints()) == null
                    ? Optional.empty()
                    : Optional.of(number(row.getPoints(), "points"));
            Feedback feedback = feedback(row.getFeedback(), row.getInstrument(), row.getArticle());
            Optional<Feedback> changedFeedback = feedback.text().isEmpty() ? Optional.empty() : Optional.of(feedback);
            variants.computeIfAbsent(Country.valueOf(row.getCountry()), c -> new LinkedHashMap<>())
                    .put(row.getChoice().strip(), new CaseStudy.ChoiceVariant(changedPoints, changedFeedback));
        }
        return new CaseStudy(
                id,
                points,
                Optional.ofNullable(QuestionForms.blankToNull(form.getStart())).orElse(""),
                steps,
                variants);
    }

    private static List<CaseStudy.Route> routes(QuestionForm.Choice choice) {
        List<CaseStudy.Route> routes = new ArrayList<>();
        if (QuestionForms.blankToNull(choice.getConditionTarget()) != null) {
            routes.add(new CaseStudy.Route(
                    Optional.of(number(choice.getConditionMin(), "points")),
                    choice.getConditionTarget().strip()));
        }
        for (String more : choice.getMoreRoutes()) {
            String[] parts = more.strip().split("\\s+", 2);
            routes.add(new CaseStudy.Route(Optional.of(number(parts[0], "points")), parts.length > 1 ? parts[1] : ""));
        }
        routes.add(new CaseStudy.Route(
                Optional.empty(),
                Optional.ofNullable(QuestionForms.blankToNull(choice.getNext())).orElse("")));
        return routes;
    }

    /** Labelled rows (options, answers, items) with their ids: blank ids become a, b, c… not used by another row. */
    private static List<String> rows(List<QuestionForm.Option> rows, Map<String, Map<Language, String>> labels) {
        List<QuestionForm.Option> filled = filled(rows);
        List<String> ids = ids(filled);
        for (int i = 0; i < filled.size(); i++) {
            labels.put(ids.get(i), texts(filled.get(i).getText()));
        }
        return ids;
    }

    private static List<QuestionForm.Option> filled(List<QuestionForm.Option> rows) {
        return rows.stream().filter(r -> !texts(r.getText()).isEmpty()).toList();
    }

    private static List<String> ids(List<QuestionForm.Option> rows) {
        Set<String> taken = new HashSet<>();
        rows.forEach(
                r -> Optional.ofNullable(QuestionForms.blankToNull(r.getId())).ifPresent(taken::add));
        List<String> ids = new ArrayList<>();
        char next = 'a';
        for (QuestionForm.Option row : rows) {
            String id = QuestionForms.blankToNull(row.getId());
            while (id == null) {
                String candidate = String.valueOf(next++);
                if (taken.add(candidate)) {
                    id = candidate;
                }
            }
            row.setId(id);
            ids.add(id);
        }
        return ids;
    }

    private static Feedback feedback(Map<Language, String> text, String instrument, String article) {
        Optional<Feedback.Ground> ground =
                QuestionForms.blankToNull(instrument) == null || QuestionForms.blankToNull(article) == null
                        ? Optional.empty()
                        : Optional.of(new Feedback.Ground(instrument.strip(), article.strip()));
        return new Feedback(texts(text), ground);
    }

    private static Map<Language, String> texts(Map<Language, String> texts) {
        Map<Language, String> result = new EnumMap<>(Language.class);
        texts.forEach((language, text) ->
                Optional.ofNullable(QuestionForms.blankToNull(text)).ifPresent(t -> result.put(language, t)));
        return result;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(Optional.ofNullable(QuestionForms.blankToNull(text))
                    .orElse("0")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.authoring.number", text);
        }
    }
}
