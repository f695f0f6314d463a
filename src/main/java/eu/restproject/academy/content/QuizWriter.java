package eu.restproject.academy.content;

import eu.restproject.academy.people.Country;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes quizzes and single questions in the bundle format that {@link QuizReader} reads, so that
 * what trainers author in the browser can be exported as bundle files and read back unchanged.
 */
public final class QuizWriter {

    private static final Dump YAML = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setWidth(120)
            .build());

    private QuizWriter() {}

    /** The whole quiz file, {@code quizzes/<id>.yaml}. */
    public static String quiz(Quiz quiz) {
        Map<String, Object> yaml = settingsOf(quiz);
        yaml.put("questions", quiz.items().stream().map(QuizWriter::question).toList());
        return YAML.dumpToString(yaml);
    }

    /** The quiz file's fields other than its questions: what a draft keeps apart from its question list. */
    public static String settings(Quiz quiz) {
        return YAML.dumpToString(settingsOf(quiz));
    }

    /** One question on its own, as a bank keeps it. */
    public static String questionYaml(Quiz.Item item) {
        return YAML.dumpToString(question(item));
    }

    /** A quiz file from settings and questions that this class wrote; {@link QuizFile#read} checks the result. */
    public static String compose(String settings, List<String> questions) {
        Load load = new Load(LoadSettings.builder().build());
        @SuppressWarnings("unchecked")
        Map<String, Object> yaml = new LinkedHashMap<>((Map<String, Object>) load.loadFromString(settings));
        yaml.put("questions", questions.stream().map(load::loadFromString).toList());
        return YAML.dumpToString(yaml);
    }

    private static Map<String, Object> settingsOf(Quiz quiz) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", quiz.id());
        yaml.put("title", texts(quiz.title()));
        yaml.put("passMark", quiz.passMark());
        quiz.timeLimitMinutes().ifPresent(minutes -> yaml.put("timeLimitMinutes", minutes));
        quiz.maxAttempts().ifPresent(attempts -> yaml.put("attempts", attempts));
        yaml.put("feedback", quiz.feedback().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        yaml.put("completesModule", quiz.completesModule());
        return yaml;
    }

    /** One question as the mapping that stands in a quiz file's {@code questions} list. */
    public static Map<String, Object> question(Quiz.Item item) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        Question question = item.question();
        yaml.put("id", question.id());
        yaml.put("type", type(item));
        yaml.put("points", number(question.points()));
        yaml.put("text", texts(item.text()));
        if (question instanceof ChoiceQuestion choice) {
            if (isTrueFalse(item)) {
                trueFalse(choice, yaml);
            } else {
                choice(choice, item.labels(), yaml);
            }
        } else if (question instanceof MatchingQuestion matching) {
            matching(matching, item.labels(), yaml);
        } else if (question instanceof OrderingQuestion ordering) {
            yaml.put(
                    "items",
                    ordering.correctOrder().stream()
                            .map(id -> labelled(id, item.labels()))
                            .toList());
            perCountry(ordering.variants(), yaml);
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            shortAnswer(shortAnswer, yaml);
        } else if (question instanceof CaseStudy study) {
            caseStudy(study, item.labels(), yaml);
        }
        return yaml;
    }

    /** The bundle type name of a question, as in {@code type: single}. */
    public static String type(Quiz.Item item) {
        Question question = item.question();
        if (question instanceof ChoiceQuestion choice) {
            return isTrueFalse(item) ? "truefalse" : choice.multiple() ? "multiple" : "single";
        }
        if (question instanceof MatchingQuestion) {
            return "matching";
        }
        if (question instanceof OrderingQuestion) {
            return "ordering";
        }
        if (question instanceof ShortAnswerQuestion) {
            return "short";
        }
        return question instanceof EssayQuestion ? "essay" : "case";
    }

    /** True/false questions are choice questions with the options "true" and "false", which carry no labels. */
    private static boolean isTrueFalse(Quiz.Item item) {
        return item.question() instanceof ChoiceQuestion choice
                && !choice.multiple()
                && choice.options().size() == 2
                && choice.options().get(0).id().equals("true")
                && choice.options().get(1).id().equals("false")
                && !item.labels().containsKey("true");
    }

    private static void trueFalse(ChoiceQuestion choice, Map<String, Object> yaml) {
        yaml.put("answer", String.valueOf(choice.options().get(0).correct()));
        Map<String, Object> feedback = new LinkedHashMap<>();
        for (ChoiceQuestion.Option option : choice.options()) {
            if (!option.feedback().text().isEmpty()) {
                feedback.put(option.id(), texts(option.feedback().text()));
            }
        }
        if (!feedback.isEmpty()) {
            yaml.put("feedback", feedback);
        }
        choiceVariants(choice, yaml);
    }

    private static void choice(
            ChoiceQuestion choice, Map<String, Map<Language, String>> labels, Map<String, Object> yaml) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (ChoiceQuestion.Option option : choice.options()) {
            Map<String, Object> o = labelled(option.id(), labels);
            if (option.correct()) {
                o.put("correct", true);
            }
            feedback(option.feedback(), o);
            options.add(o);
        }
        yaml.put("options", options);
        choiceVariants(choice, yaml);
    }

    private static void choiceVariants(ChoiceQuestion choice, Map<String, Object> yaml) {
        if (!choice.variants().isEmpty()) {
            Map<String, Object> variants = new LinkedHashMap<>();
            for (Country country : Country.values()) {
                ChoiceQuestion.Variant variant = choice.variants().get(country);
                if (variant != null) {
                    variants.put(country.name(), variant(variant, choice));
                }
            }
            yaml.put("variants", variants);
        }
    }

    private static Map<String, Object> variant(ChoiceQuestion.Variant variant, ChoiceQuestion choice) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        // Options in the question's order, so that the file does not change from one export to the next.
        yaml.put(
                "correct",
                choice.options().stream()
                        .map(ChoiceQuestion.Option::id)
                        .filter(variant.correct()::contains)
                        .toList());
        Map<String, Object> feedback = new LinkedHashMap<>();
        Map<String, Object> grounds = new LinkedHashMap<>();
        for (ChoiceQuestion.Option option : choice.options()) {
            Feedback given = variant.feedback().get(option.id());
            if (given != null) {
                feedback.put(option.id(), texts(given.text()));
                given.ground().ifPresent(ground -> grounds.put(option.id(), ground(ground)));
            }
        }
        if (!feedback.isEmpty()) {
            yaml.put("feedback", feedback);
        }
        if (!grounds.isEmpty()) {
            yaml.put("grounds", grounds);
        }
        return yaml;
    }

    private static void matching(
            MatchingQuestion matching, Map<String, Map<Language, String>> labels, Map<String, Object> yaml) {
        yaml.put(
                "answers",
                labels.keySet().stream()
                        .filter(matching.answers()::contains)
                        .map(id -> labelled(id, labels))
                        .toList());
        yaml.put(
                "prompts",
                matching.correctPairs().entrySet().stream()
                        .map(pair -> {
                            Map<String, Object> prompt = labelled(pair.getKey(), labels);
                            prompt.put("answer", pair.getValue());
                            return prompt;
                        })
                        .toList());
        perCountry(matching.variants(), yaml);
    }

    /** Variants that are plain values per country (matching pairs, an order), in the order of the countries. */
    private static void perCountry(Map<Country, ?> variants, Map<String, Object> yaml) {
        if (!variants.isEmpty()) {
            Map<String, Object> byCountry = new LinkedHashMap<>();
            for (Country country : Country.values()) {
                if (variants.containsKey(country)) {
                    byCountry.put(country.name(), variants.get(country));
                }
            }
            yaml.put("variants", byCountry);
        }
    }

    private static void shortAnswer(ShortAnswerQuestion question, Map<String, Object> yaml) {
        yaml.put("accepted", question.accepted());
        yaml.put("caseSensitive", question.caseSensitive());
        yaml.put("accentSensitive", question.accentSensitive());
        perCountry(question.variants(), yaml);
    }

    private static void caseStudy(
            CaseStudy study, Map<String, Map<Language, String>> labels, Map<String, Object> yaml) {
        yaml.put("start", study.start());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (CaseStudy.Step step : study.steps().values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", step.id());
            if (step instanceof CaseStudy.Ending ending) {
                s.put("ending", true);
                s.put("points", number(ending.points()));
                s.put("debrief", texts(ending.debrief().text()));
                ending.debrief().ground().ifPresent(ground -> s.put("ground", ground(ground)));
            } else {
                CaseStudy.Decision decision = (CaseStudy.Decision) step;
                s.put("text", texts(labels.getOrDefault(step.id(), Map.of())));
                s.put(
                        "choices",
                        decision.choices().stream()
                                .map(choice -> choice(decision, choice, labels))
                                .toList());
            }
            steps.add(s);
        }
        yaml.put("steps", steps);
        if (!study.variants().isEmpty()) {
            Map<String, Object> variants = new LinkedHashMap<>();
            for (Country country : Country.values()) {
                if (study.variants().containsKey(country)) {
                    Map<String, Object> choices = new LinkedHashMap<>();
                    study.variants().get(country).forEach((key, variant) -> {
                        Map<String, Object> change = new LinkedHashMap<>();
                        variant.points().ifPresent(p -> change.put("points", number(p)));
                        variant.feedback().ifPresent(f -> feedback(f, change));
                        choices.put(key, change);
                    });
                    variants.put(country.name(), choices);
                }
            }
            yaml.put("variants", variants);
        }
    }

    private static Map<String, Object> choice(
            CaseStudy.Decision decision, CaseStudy.Choice choice, Map<String, Map<Language, String>> labels) {
        Map<String, Object> c = labelled(choice.id(), decision.id() + "/" + choice.id(), labels);
        c.put("points", number(choice.points()));
        feedback(choice.feedback(), c);
        if (choice.routes().size() == 1 && choice.routes().get(0).minScore().isEmpty()) {
            c.put("next", choice.routes().get(0).target());
        } else {
            c.put(
                    "next",
                    choice.routes().stream()
                            .map(route -> {
                                Map<String, Object> r = new LinkedHashMap<>();
                                route.minScore().ifPresent(min -> r.put("ifScoreAtLeast", number(min)));
                                r.put("goto", route.target());
                                return r;
                            })
                            .toList());
        }
        return c;
    }

    private static void feedback(Feedback feedback, Map<String, Object> yaml) {
        if (!feedback.text().isEmpty()) {
            yaml.put("feedback", texts(feedback.text()));
        }
        feedback.ground().ifPresent(ground -> yaml.put("ground", ground(ground)));
    }

    private static Map<String, Object> ground(Feedback.Ground ground) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("instrument", ground.instrument());
        yaml.put("article", ground.article());
        return yaml;
    }

    private static Map<String, Object> labelled(String id, Map<String, Map<Language, String>> labels) {
        return labelled(id, id, labels);
    }

    private static Map<String, Object> labelled(String id, String labelKey, Map<String, Map<Language, String>> labels) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("id", id);
        yaml.put("text", texts(labels.getOrDefault(labelKey, Map.of())));
        return yaml;
    }

    /** Texts in the order of the languages, English first. */
    private static Map<String, String> texts(Map<Language, String> texts) {
        Map<String, String> yaml = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (texts.containsKey(language)) {
                yaml.put(language.code(), texts.get(language));
            }
        }
        return yaml;
    }

    /** Points as written, so that reading them back gives the same number with the same scale. */
    private static Object number(BigDecimal value) {
        return value.scale() <= 0 ? (Object) value.toBigInteger() : value.toPlainString();
    }
}
