package eu.restproject.academy.authoring.web;

import eu.restproject.academy.content.QuizWriter;
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

/** Turns a question into the editor's form and back. Rows left entirely empty are dropped, so that "add" never forces an entry. */
final class QuestionForms {

    static final List<String> TYPES = List.of("single", "multiple", "truefalse", "matching", "ordering", "short", "essay", "case");

    private QuestionForms() {
    }

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
            item.labels().keySet().stream().filter(matching.answers()::contains).forEach(id -> form.getAnswers().add(labelled(id, item.labels())));
            matching.correctPairs().forEach((prompt, answer) -> {
                QuestionForm.Prompt row = new QuestionForm.Prompt();
                row.setId(prompt);
                row.getText().putAll(item.labels().getOrDefault(prompt, Map.of()));
                row.setAnswer(answer);
                form.getPrompts().add(row);
            });
            matching.variants().forEach((country, pairs) -> pairs.forEach((prompt, answer) -> {
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
        study.variants().forEach((country, choices) -> choices.forEach((key, variant) -> {
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
            row.setConditionMin(routes.get(0).minScore().map(BigDecimal::toPlainString).orElse(""));
            row.setConditionTarget(routes.get(0).target());
            routes.subList(1, routes.size() - 1).forEach(r -> row.getMoreRoutes().add(
                    r.minScore().map(BigDecimal::toPlainString).orElse("0") + " " + r.target()));
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

    /** Gives the options that have a text an id, so that country variants can refer to them. */
    static void nameOptions(QuestionForm form) {
        ids(filled(form.getOptions()));
    }

    /** The question the form describes; the quiz reader checks it before anything is stored. */
    static Quiz.Item toItem(QuestionForm form) {
        String id = blankToNull(form.getId());
        if (id == null) {
            throw new InvalidInputException("id", "error.authoring.idRequired");
        }
        BigDecimal points = number(form.getPoints(), "points");
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        Question question = switch (form.getType()) {
            case "single", "multiple" -> choice(id, points, form, labels);
            case "truefalse" -> new ChoiceQuestion(id, points, false, ChoiceQuestion.trueFalse(id, points, "true".equals(form.getAnswer()),
                    new Feedback(texts(form.getFeedbackTrue()), Optional.empty()), new Feedback(texts(form.getFeedbackFalse()), Optional.empty()))
                    .options(), variants(form, List.of("true", "false")));
            case "matching" -> matching(id, points, form, labels);
            case "ordering" -> new OrderingQuestion(id, points, rows(form.getItems(), labels), orders(form));
            case "short" -> shortAnswer(id, points, form);
            case "case" -> caseStudy(id, points, form, labels);
            default -> new EssayQuestion(id, points);
        };
        return new Quiz.Item(question, texts(form.getText()), labels);
    }

    private static ChoiceQuestion choice(String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        List<QuestionForm.Option> filled = filled(form.getOptions());
        List<String> ids = ids(filled);
        List<ChoiceQuestion.Option> options = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            QuestionForm.Option row = filled.get(i);
            labels.put(ids.get(i), texts(row.getText()));
            options.add(new ChoiceQuestion.Option(ids.get(i), row.isCorrect(), feedback(row.getFeedback(), row.getInstrument(), row.getArticle())));
        }
        return new ChoiceQuestion(id, points, form.getType().equals("multiple"), options, variants(form, ids));
    }

    private static Map<Country, ChoiceQuestion.Variant> variants(QuestionForm form, List<String> optionIds) {
        Map<Country, ChoiceQuestion.Variant> variants = new EnumMap<>(Country.class);
        for (QuestionForm.Variant row : form.getVariants()) {
            if (blankToNull(row.getCountry()) == null) {
                continue;
            }
            Map<String, Feedback> feedback = new HashMap<>();
            row.getFeedback().stream().filter(f -> optionIds.contains(f.getId()) && !texts(f.getFeedback()).isEmpty())
                    .forEach(f -> feedback.put(f.getId(), feedback(f.getFeedback(), f.getInstrument(), f.getArticle())));
            variants.put(Country.valueOf(row.getCountry()), new ChoiceQuestion.Variant(new HashSet<>(row.getCorrect()), feedback));
        }
        return variants;
    }

    private static MatchingQuestion matching(String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        List<String> answers = rows(form.getAnswers(), labels);
        Map<String, String> pairs = new LinkedHashMap<>();
        int n = 0;
        for (QuestionForm.Prompt prompt : form.getPrompts()) {
            if (texts(prompt.getText()).isEmpty() && blankToNull(prompt.getAnswer()) == null) {
                continue;
            }
            String promptId = Optional.ofNullable(blankToNull(prompt.getId())).orElse("p" + ++n);
            labels.put(promptId, texts(prompt.getText()));
            pairs.put(promptId, Optional.ofNullable(blankToNull(prompt.getAnswer())).orElse(""));
        }
        Map<Country, Map<String, String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.PairVariant row : form.getPairVariants()) {
            if (blankToNull(row.getCountry()) != null && blankToNull(row.getPrompt()) != null) {
                variants.computeIfAbsent(Country.valueOf(row.getCountry()), c -> new LinkedHashMap<>())
                        .put(row.getPrompt(), Optional.ofNullable(blankToNull(row.getAnswer())).orElse(""));
            }
        }
        return new MatchingQuestion(id, points, pairs, new LinkedHashSet<>(answers), variants);
    }

    private static Map<Country, List<String>> orders(QuestionForm form) {
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.OrderVariant row : form.getOrderVariants()) {
            if (blankToNull(row.getCountry()) != null && blankToNull(row.getOrder()) != null) {
                variants.put(Country.valueOf(row.getCountry()), List.of(row.getOrder().strip().split("[,\\s]+")));
            }
        }
        return variants;
    }

    private static ShortAnswerQuestion shortAnswer(String id, BigDecimal points, QuestionForm form) {
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.ShortVariant row : form.getShortVariants()) {
            if (blankToNull(row.getCountry()) != null && !lines(row.getAccepted()).isEmpty()) {
                variants.put(Country.valueOf(row.getCountry()), lines(row.getAccepted()));
            }
        }
        return new ShortAnswerQuestion(id, points, lines(form.getAccepted()), form.isCaseSensitive(), form.isAccentSensitive(), variants);
    }

    private static CaseStudy caseStudy(String id, BigDecimal points, QuestionForm form, Map<String, Map<Language, String>> labels) {
        Map<String, CaseStudy.Step> steps = new LinkedHashMap<>();
        for (QuestionForm.Step row : form.getSteps()) {
            String stepId = blankToNull(row.getId());
            if (stepId == null) {
                continue;
            }
            if (row.isEnding()) {
                steps.put(stepId, new CaseStudy.Ending(stepId, number(row.getPoints(), "points"),
                        feedback(row.getText(), row.getInstrument(), row.getArticle())));
                labels.put(stepId, texts(row.getText()));
                continue;
            }
            labels.put(stepId, texts(row.getText()));
            List<CaseStudy.Choice> choices = new ArrayList<>();
            for (QuestionForm.Choice choice : row.getChoices()) {
                String choiceId = blankToNull(choice.getId());
                if (choiceId == null) {
                    continue;
                }
                labels.put(stepId + "/" + choiceId, texts(choice.getText()));
                choices.add(new CaseStudy.Choice(choiceId, number(choice.getPoints(), "points"),
                        feedback(choice.getFeedback(), choice.getInstrument(), choice.getArticle()), routes(choice)));
            }
            steps.put(stepId, new CaseStudy.Decision(stepId, choices));
        }
        Map<Country, Map<String, CaseStudy.ChoiceVariant>> variants = new EnumMap<>(Country.class);
        for (QuestionForm.CaseVariant row : form.getCaseVariants()) {
            if (blankToNull(row.getCountry()) == null || blankToNull(row.getChoice()) == null) {
                continue;
            }
            Optional<BigDecimal> changedPoints = blankToNull(row.getPoints()) == null ? Optional.empty()
                    : Optional.of(number(row.getPoints(), "points"));
            Feedback feedback = feedback(row.getFeedback(), row.getInstrument(), row.getArticle());
            Optional<Feedback> changedFeedback = feedback.text().isEmpty() ? Optional.empty() : Optional.of(feedback);
            variants.computeIfAbsent(Country.valueOf(row.getCountry()), c -> new LinkedHashMap<>())
                    .put(row.getChoice().strip(), new CaseStudy.ChoiceVariant(changedPoints, changedFeedback));
        }
        return new CaseStudy(id, points, Optional.ofNullable(blankToNull(form.getStart())).orElse(""), steps, variants);
    }

    private static List<CaseStudy.Route> routes(QuestionForm.Choice choice) {
        List<CaseStudy.Route> routes = new ArrayList<>();
        if (blankToNull(choice.getConditionTarget()) != null) {
            routes.add(new CaseStudy.Route(Optional.of(number(choice.getConditionMin(), "points")), choice.getConditionTarget().strip()));
        }
        for (String more : choice.getMoreRoutes()) {
            String[] parts = more.strip().split("\\s+", 2);
            routes.add(new CaseStudy.Route(Optional.of(number(parts[0], "points")), parts.length > 1 ? parts[1] : ""));
        }
        routes.add(new CaseStudy.Route(Optional.empty(), Optional.ofNullable(blankToNull(choice.getNext())).orElse("")));
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
        rows.forEach(r -> Optional.ofNullable(blankToNull(r.getId())).ifPresent(taken::add));
        List<String> ids = new ArrayList<>();
        char next = 'a';
        for (QuestionForm.Option row : rows) {
            String id = blankToNull(row.getId());
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

    private static Feedback feedback(Map<Language, String> text, String instrument, String article) {
        Optional<Feedback.Ground> ground = blankToNull(instrument) == null || blankToNull(article) == null ? Optional.empty()
                : Optional.of(new Feedback.Ground(instrument.strip(), article.strip()));
        return new Feedback(texts(text), ground);
    }

    private static Map<Language, String> texts(Map<Language, String> texts) {
        Map<Language, String> result = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> Optional.ofNullable(blankToNull(text)).ifPresent(t -> result.put(language, t)));
        return result;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(Optional.ofNullable(blankToNull(text)).orElse("0").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.authoring.number", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
