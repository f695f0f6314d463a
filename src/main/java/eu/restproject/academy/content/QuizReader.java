package eu.restproject.academy.content;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.CaseStudyCheck;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads {@code quizzes/<id>.yaml} (format in docs/bundle-format.md); every problem names its line. */
final class QuizReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Set<String> QUIZ_KEYS = Set.of(
            "id", "title", "passMark", "timeLimitMinutes", "attempts", "feedback", "completesModule", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of(
            "id",
            "type",
            "points",
            "text",
            "options",
            "variants",
            "answer",
            "feedback",
            "prompts",
            "answers",
            "items",
            "accepted",
            "caseSensitive",
            "accentSensitive",
            "start",
            "steps");

    private final YamlFile yaml;

    QuizReader(String file, Problems problems) {
        this.yaml = new YamlFile(file, problems);
    }

    Optional<Quiz> read(String text) {
        return yaml.root(text).flatMap(this::quiz);
    }

    private Optional<Quiz> quiz(MappingNode node) {
        Map<String, Node> fields = yaml.fields(node, QUIZ_KEYS);
        Optional<String> id = id(fields, node);
        Map<Language, String> title = yaml.texts(fields, "title", node, true);
        int passMark = number(fields, "passMark", 0, 100, node).orElse(-1);
        Optional<Integer> timeLimit = fields.containsKey("timeLimitMinutes")
                ? number(fields, "timeLimitMinutes", 1, 600, node)
                : Optional.empty();
        Optional<Integer> attempts =
                fields.containsKey("attempts") ? number(fields, "attempts", 1, 100, node) : Optional.empty();
        Quiz.FeedbackPolicy feedback = optional(fields, "feedback")
                .map(value -> {
                    try {
                        return Quiz.FeedbackPolicy.valueOf(
                                value.toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        yaml.problem(fields.get("feedback"), "feedback must be immediate, after-submission or never");
                        return null;
                    }
                })
                .orElse(Quiz.FeedbackPolicy.AFTER_SUBMISSION);
        boolean completes =
                optional(fields, "completesModule").map(Boolean::parseBoolean).orElse(false);
        List<Quiz.Item> items = questions(fields.get("questions"), node);
        if (id.isEmpty()
                || title.isEmpty()
                || passMark < 0
                || feedback == null
                || items == null
                || (fields.containsKey("timeLimitMinutes") && timeLimit.isEmpty())
                || (fields.containsKey("attempts") && attempts.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Quiz(id.get(), title, passMark, timeLimit, attempts, feedback, completes, items));
    }

    private List<Quiz.Item> questions(Node node, Node parent) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            yaml.problem(node == null ? parent : node, "'questions' must be a non-empty list");
            return null;
        }
        List<Quiz.Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (Node item : sequence.getValue()) {
            Optional<Quiz.Item> question = item instanceof MappingNode mapping ? question(mapping) : Optional.empty();
            if (!(item instanceof MappingNode)) {
                yaml.problem(item, "each question must be a mapping with id, type, points and text");
            }
            if (question.isEmpty()) {
                complete = false;
            } else if (!ids.add(question.get().question().id())) {
                yaml.problem(
                        item, "the question id '" + question.get().question().id() + "' is used twice");
                complete = false;
            } else {
                items.add(question.get());
            }
        }
        return complete ? items : null;
    }

    private Optional<Quiz.Item> question(MappingNode node) {
        Map<String, Node> fields = yaml.fields(node, QUESTION_KEYS);
        Optional<String> id = id(fields, node);
        Optional<String> type = yaml.string(fields, "type", node);
        Optional<BigDecimal> points = decimal(fields, "points", node);
        Map<Language, String> text = yaml.texts(fields, "text", node, true);
        if (id.isEmpty() || type.isEmpty() || points.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        Optional<Question> question = switch (type.get()) {
            case "single", "multiple" ->
                choice(id.get(), points.get(), type.get().equals("multiple"), fields, node, labels);
            case "truefalse" -> trueFalse(id.get(), points.get(), fields, node);
            case "matching" -> matching(id.get(), points.get(), fields, node, labels);
            case "ordering" -> ordering(id.get(), points.get(), fields, node, labels);
            case "short" -> shortAnswer(id.get(), points.get(), fields, node);
            case "essay" -> Optional.of(new EssayQuestion(id.get(), points.get()));
            case "case" -> caseStudy(id.get(), points.get(), fields, node, labels);
            default -> {
                yaml.problem(
                        fields.get("type"),
                        "type must be one of single, multiple, truefalse, matching, ordering, short, essay, case");
                yield Optional.empty();
            }
        };
        return question.map(q -> new Quiz.Item(q, text, labels));
    }

    private Optional<Question> choice(
            String id,
            BigDecimal points,
            boolean multiple,
            Map<String, Node> fields,
            Node parent,
            Map<String, Map<Language, String>> labels) {
        List<MappingNode> options = list(fields, "options", parent);
        List<ChoiceQuestion.Option> parsed = new ArrayList<>();
        for (MappingNode option : options) {
            Map<String, Node> o = yaml.fields(option, Set.of("id", "text", "correct", "feedback", "ground"));
            Optional<String> optionId = id(o, option);
            Map<Language, String> label = yaml.texts(o, "text", option, true);
            boolean correct = optional(o, "correct").map(Boolean::parseBoolean).orElse(false);
            optionId.ifPresent(oid -> labels.put(oid, label));
            optionId.ifPresent(
                    oid -> parsed.add(new ChoiceQuestion.Option(oid, correct, feedback(o, "feedback", option))));
        }
        if (parsed.size() < 2 || parsed.size() != options.size()) {
            yaml.problem(
                    fields.getOrDefault("options", parent),
                    "a choice question needs at least two options, each with an id and a text");
            return Optional.empty();
        }
        long correct = parsed.stream().filter(ChoiceQuestion.Option::correct).count();
        if (multiple ? correct < 1 : correct != 1) {
            yaml.problem(
                    fields.get("options"),
                    multiple ? "mark at least one option correct: true" : "mark exactly one option correct: true");
            return Optional.empty();
        }
        Map<Country, ChoiceQuestion.Variant> variants = variants(fields, labels.keySet(), multiple);
        return variants == null
                ? Optional.empty()
                : Optional.of(new ChoiceQuestion(id, points, multiple, parsed, variants));
    }

    private Map<Country, ChoiceQuestion.Variant> variants(
            Map<String, Node> fields, Set<String> optionIds, boolean multiple) {
        Map<Country, ChoiceQuestion.Variant> variants = new EnumMap<>(Country.class);
        if (!(fields.get("variants") instanceof MappingNode mapping)) {
            return fields.containsKey("variants")
                    ? invalid(fields.get("variants"), "variants must map country codes to a variant")
                    : variants;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<Country> country = country(tuple.getKeyNode());
            if (country.isEmpty() || !(tuple.getValueNode() instanceof MappingNode variant)) {
                return invalid(
                        tuple.getKeyNode(),
                        "a variant is a partner country code (AT, FR, ES, NL, MD, RS) with correct: [option ids]");
            }
            Map<String, Node> v = yaml.fields(variant, Set.of("correct", "feedback", "grounds"));
            Set<String> correct = new HashSet<>(strings(v.get("correct")));
            if (correct.isEmpty() || !optionIds.containsAll(correct) || (!multiple && correct.size() != 1)) {
                return invalid(
                        v.getOrDefault("correct", variant),
                        "the variant for " + country.get() + " must name "
                                + (multiple ? "existing options" : "exactly one existing option") + " as correct");
            }
            Map<String, Feedback> feedback = new HashMap<>();
            if (v.get("feedback") instanceof MappingNode perOption) {
                for (NodeTuple entry : perOption.getValue()) {
                    String optionId = entry.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
                    if (!optionIds.contains(optionId)) {
                        return invalid(
                                entry.getKeyNode(),
                                "the variant for " + country.get() + " gives feedback for '" + optionId
                                        + "', which is not an option of this question");
                    }
                    Map<String, Node> f = new HashMap<>(Map.of("feedback", entry.getValueNode()));
                    if (v.get("grounds") instanceof MappingNode grounds) {
                        grounds.getValue().stream()
                                .filter(g -> g.getKeyNode() instanceof ScalarNode key
                                        && key.getValue().equals(optionId))
                                .findFirst()
                                .ifPresent(g -> f.put("ground", g.getValueNode()));
                    }
                    feedback.put(optionId, feedback(f, "feedback", entry.getValueNode()));
                }
            }
            variants.put(country.get(), new ChoiceQuestion.Variant(correct, feedback));
        }
        return variants;
    }

    private Optional<Question> trueFalse(String id, BigDecimal points, Map<String, Node> fields, Node parent) {
        Optional<String> answer = yaml.string(fields, "answer", parent);
        if (answer.isEmpty() || !(answer.get().equals("true") || answer.get().equals("false"))) {
            answer.ifPresent(a -> yaml.problem(fields.get("answer"), "answer must be true or false"));
            return Optional.empty();
        }
        Map<String, Node> feedback =
                fields.get("feedback") instanceof MappingNode m ? yaml.fields(m, Set.of("true", "false")) : Map.of();
        ChoiceQuestion statement = ChoiceQuestion.trueFalse(
                id,
                points,
                Boolean.parseBoolean(answer.get()),
                feedback(feedback, "true", parent),
                feedback(feedback, "false", parent));
        Map<Country, ChoiceQuestion.Variant> variants = variants(fields, Set.of("true", "false"), false);
        return variants == null
                ? Optional.empty()
                : Optional.of(new ChoiceQuestion(id, points, false, statement.options(), variants));
    }

    private Optional<Question> matching(
            String id,
            BigDecimal points,
            Map<String, Node> fields,
            Node parent,
            Map<String, Map<Language, String>> labels) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Set<String> answers = new HashSet<>();
        for (MappingNode answer : list(fields, "answers", parent)) {
            Map<String, Node> a = yaml.fields(answer, Set.of("id", "text"));
            id(a, answer).ifPresent(aid -> {
                answers.add(aid);
                labels.put(aid, yaml.texts(a, "text", answer, true));
            });
        }
        for (MappingNode prompt : list(fields, "prompts", parent)) {
            Map<String, Node> p = yaml.fields(prompt, Set.of("id", "text", "answer"));
            Optional<String> pid = id(p, prompt);
            Optional<String> answer = yaml.string(p, "answer", prompt);
            answer.filter(a -> !answers.contains(a))
                    .ifPresent(a -> yaml.problem(p.get("answer"), "the answer '" + a + "' is not among the answers"));
            if (pid.isPresent() && answer.isPresent() && answers.contains(answer.get())) {
                pairs.put(pid.get(), answer.get());
                labels.put(pid.get(), yaml.texts(p, "text", prompt, true));
            }
        }
        if (pairs.isEmpty()) {
            yaml.problem(parent, "a matching question needs prompts, each with an answer from its answers");
            return Optional.empty();
        }
        Map<Country, Map<String, String>> variants = new EnumMap<>(Country.class);
        if (fields.get("variants") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Optional<Country> country = country(tuple.getKeyNode());
                Map<String, String> changed = new LinkedHashMap<>();
                if (country.isPresent() && tuple.getValueNode() instanceof MappingNode perPrompt) {
                    perPrompt
                            .getValue()
                            .forEach(pair -> changed.put(scalar(pair.getKeyNode()), scalar(pair.getValueNode())));
                }
                if (country.isEmpty()
                        || changed.isEmpty()
                        || !pairs.keySet().containsAll(changed.keySet())
                        || !answers.containsAll(changed.values())) {
                    yaml.problem(
                            tuple.getKeyNode(),
                            "a variant is a partner country code mapping prompts of this question to its answers");
                    return Optional.empty();
                }
                variants.put(country.get(), changed);
            }
        } else if (fields.containsKey("variants")) {
            yaml.problem(fields.get("variants"), "variants must map country codes to {prompt: answer}");
            return Optional.empty();
        }
        return Optional.of(new MatchingQuestion(id, points, pairs, answers, variants));
    }

    private Optional<Question> ordering(
            String id,
            BigDecimal points,
            Map<String, Node> fields,
            Node parent,
            Map<String, Map<Language, String>> labels) {
        List<String> order = new ArrayList<>();
        for (MappingNode item : list(fields, "items", parent)) {
            Map<String, Node> i = yaml.fields(item, Set.of("id", "text"));
            id(i, item).ifPresent(iid -> {
                order.add(iid);
                labels.put(iid, yaml.texts(i, "text", item, true));
            });
        }
        if (order.size() < 2) {
            yaml.problem(parent, "an ordering question needs at least two items, listed in the correct order");
            return Optional.empty();
        }
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        if (fields.get("variants") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Optional<Country> country = country(tuple.getKeyNode());
                List<String> changed = strings(tuple.getValueNode());
                if (country.isEmpty()
                        || changed.size() != order.size()
                        || !new HashSet<>(changed).equals(new HashSet<>(order))) {
                    yaml.problem(
                            tuple.getKeyNode(),
                            "a variant is a partner country code with all the items of this question, in that country's order");
                    return Optional.empty();
                }
                variants.put(country.get(), changed);
            }
        } else if (fields.containsKey("variants")) {
            yaml.problem(fields.get("variants"), "variants must map country codes to a list of item ids");
            return Optional.empty();
        }
        return Optional.of(new OrderingQuestion(id, points, order, variants));
    }

    private Optional<Question> shortAnswer(String id, BigDecimal points, Map<String, Node> fields, Node parent) {
        List<String> accepted = strings(fields.get("accepted"));
        if (accepted.isEmpty()) {
            yaml.problem(
                    fields.getOrDefault("accepted", parent),
                    "a short-answer question needs 'accepted': a list of answers");
            return Optional.empty();
        }
        Map<Country, List<String>> variants = new EnumMap<>(Country.class);
        if (fields.get("variants") instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Optional<Country> country = country(tuple.getKeyNode());
                List<String> answers = strings(tuple.getValueNode());
                if (country.isEmpty() || answers.isEmpty()) {
                    yaml.problem(
                            tuple.getKeyNode(), "a variant is a partner country code with a list of accepted answers");
                    return Optional.empty();
                }
                variants.put(country.get(), answers);
            }
        }
        return Optional.of(new ShortAnswerQuestion(
                id, points, accepted, flag(fields, "caseSensitive"), flag(fields, "accentSensitive"), variants));
    }

    private Optional<Question> caseStudy(
            String id,
            BigDecimal points,
            Map<String, Node> fields,
            Node parent,
            Map<String, Map<Language, String>> labels) {
        Optional<String> start = yaml.string(fields, "start", parent);
        Map<String, CaseStudy.Step> steps = new LinkedHashMap<>();
        Map<String, Node> stepNodes = new HashMap<>();
        for (MappingNode stepNode : list(fields, "steps", parent)) {
            Map<String, Node> s =
                    yaml.fields(stepNode, Set.of("id", "text", "choices", "ending", "points", "debrief", "ground"));
            Optional<String> stepId = id(s, stepNode);
            if (stepId.isEmpty()) {
                return Optional.empty();
            }
            stepNodes.put(stepId.get(), stepNode);
            if (flag(s, "ending")) {
                steps.put(
                        stepId.get(),
                        new CaseStudy.Ending(
                                stepId.get(),
                                decimal(s, "points", stepNode).orElse(BigDecimal.ZERO),
                                feedback(s, "debrief", stepNode)));
                labels.put(stepId.get(), yaml.texts(s, "debrief", stepNode, true));
                continue;
            }
            labels.put(stepId.get(), yaml.texts(s, "text", stepNode, true));
            List<CaseStudy.Choice> choices = new ArrayList<>();
            for (MappingNode choiceNode : list(s, "choices", stepNode)) {
                Map<String, Node> c =
                        yaml.fields(choiceNode, Set.of("id", "text", "points", "feedback", "ground", "next"));
                Optional<String> choiceId = id(c, choiceNode);
                labels.put(stepId.get() + "/" + choiceId.orElse(""), yaml.texts(c, "text", choiceNode, true));
                List<CaseStudy.Route> routes = routes(c.get("next"), choiceNode);
                BigDecimal choicePoints = c.containsKey("points")
                        ? decimal(c, "points", choiceNode).orElse(BigDecimal.ZERO)
                        : BigDecimal.ZERO;
                choiceId.ifPresent(cid -> choices.add(
                        new CaseStudy.Choice(cid, choicePoints, feedback(c, "feedback", choiceNode), routes)));
            }
            steps.put(stepId.get(), new CaseStudy.Decision(stepId.get(), choices));
        }
        if (start.isEmpty() || steps.isEmpty()) {
            return Optional.empty();
        }
        Map<Country, Map<String, CaseStudy.ChoiceVariant>> variants = caseVariants(fields.get("variants"));
        if (variants == null) {
            return Optional.empty();
        }
        CaseStudy study = new CaseStudy(id, points, start.get(), steps, variants);
        List<CaseStudyCheck.Finding> findings = CaseStudyCheck.findings(study);
        findings.forEach(finding -> yaml.problem(
                finding.stepId() == null ? parent : stepNodes.getOrDefault(finding.stepId(), parent),
                "case study '" + id + "': " + finding.message()));
        return findings.isEmpty() ? Optional.of(study) : Optional.empty();
    }

    /** {@code variants: {ES: {second/grant: {points: 3, feedback: {en: …}, ground: {…}}}}}; null after a problem. */
    private Map<Country, Map<String, CaseStudy.ChoiceVariant>> caseVariants(Node node) {
        Map<Country, Map<String, CaseStudy.ChoiceVariant>> variants = new EnumMap<>(Country.class);
        if (node == null) {
            return variants;
        }
        if (!(node instanceof MappingNode mapping)) {
            return invalid(node, "variants must map country codes to choices, e.g. ES: {step/choice: {points: 2}}");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<Country> country = country(tuple.getKeyNode());
            if (country.isEmpty() || !(tuple.getValueNode() instanceof MappingNode choices)) {
                return invalid(
                        tuple.getKeyNode(),
                        "a variant is a partner country code (AT, FR, ES, NL, MD, RS) mapping step/choice to points and feedback");
            }
            Map<String, CaseStudy.ChoiceVariant> perChoice = new LinkedHashMap<>();
            for (NodeTuple entry : choices.getValue()) {
                String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
                if (!(entry.getValueNode() instanceof MappingNode change)) {
                    return invalid(
                            entry.getKeyNode(), "the variant of '" + key + "' must give points, feedback or both");
                }
                Map<String, Node> c = yaml.fields(change, Set.of("points", "feedback", "ground"));
                Optional<BigDecimal> choicePoints =
                        c.containsKey("points") ? decimal(c, "points", change) : Optional.empty();
                if (c.containsKey("points") && choicePoints.isEmpty()) {
                    return null;
                }
                Optional<Feedback> feedback =
                        c.containsKey("feedback") ? Optional.of(feedback(c, "feedback", change)) : Optional.empty();
                perChoice.put(key, new CaseStudy.ChoiceVariant(choicePoints, feedback));
            }
            variants.put(country.get(), perChoice);
        }
        return variants;
    }

    /** {@code next: step} or {@code next: [{ifScoreAtLeast: 4, goto: a}, {goto: b}]}. */
    private List<CaseStudy.Route> routes(Node next, Node parent) {
        List<CaseStudy.Route> routes = new ArrayList<>();
        if (next instanceof ScalarNode scalar) {
            routes.add(new CaseStudy.Route(Optional.empty(), scalar.getValue()));
        } else if (next instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (!(item instanceof MappingNode mapping)) {
                    yaml.problem(item, "a route is {goto: step} or {ifScoreAtLeast: n, goto: step}");
                    continue;
                }
                Map<String, Node> r = yaml.fields(mapping, Set.of("ifScoreAtLeast", "goto"));
                Optional<BigDecimal> min =
                        r.containsKey("ifScoreAtLeast") ? decimal(r, "ifScoreAtLeast", mapping) : Optional.empty();
                yaml.string(r, "goto", mapping).ifPresent(target -> routes.add(new CaseStudy.Route(min, target)));
            }
        } else {
            yaml.problem(parent, "each choice needs 'next': the step it leads to");
        }
        return routes;
    }

    private Feedback feedback(Map<String, Node> fields, String key, Node parent) {
        if (!fields.containsKey(key)) {
            return Feedback.NONE;
        }
        Map<Language, String> text = yaml.texts(fields, key, parent, false);
        Optional<Feedback.Ground> ground = Optional.empty();
        if (fields.get("ground") instanceof MappingNode g) {
            Map<String, Node> gf = yaml.fields(g, Set.of("instrument", "article"));
            Optional<String> instrument = yaml.string(gf, "instrument", g);
            Optional<String> article = yaml.string(gf, "article", g);
            if (instrument.isPresent() && article.isPresent()) {
                ground = Optional.of(new Feedback.Ground(instrument.get(), article.get()));
            }
        }
        return new Feedback(text, ground);
    }

    private List<MappingNode> list(Map<String, Node> fields, String key, Node parent) {
        if (!(fields.get(key) instanceof SequenceNode sequence)) {
            yaml.problem(fields.getOrDefault(key, parent), "'" + key + "' must be a list");
            return List.of();
        }
        List<MappingNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(mapping);
            } else {
                yaml.problem(item, "each entry of '" + key + "' must be a mapping with an id and a text");
            }
        }
        return items;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }

    private static List<String> strings(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream()
                    .filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue().strip())
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
        return List.of();
    }

    private Optional<String> id(Map<String, Node> fields, Node parent) {
        Optional<String> id = yaml.string(fields, "id", parent);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            yaml.problem(fields.get("id"), "the id '" + id.get() + "' must be lower-case letters, digits or '-'");
            return Optional.empty();
        }
        return id;
    }

    private Optional<String> optional(Map<String, Node> fields, String key) {
        return fields.get(key) instanceof ScalarNode scalar
                ? Optional.of(scalar.getValue().strip())
                : Optional.empty();
    }

    private boolean flag(Map<String, Node> fields, String key) {
        return optional(fields, key).map(Boolean::parseBoolean).orElse(false);
    }

    private Optional<Integer> number(Map<String, Node> fields, String key, int min, int max, Node parent) {
        Optional<String> text = yaml.string(fields, key, parent);
        try {
            int value = Integer.parseInt(text.orElse(""));
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        text.ifPresent(t -> yaml.problem(fields.get(key), key + " must be a whole number from " + min + " to " + max));
        return Optional.empty();
    }

    private Optional<BigDecimal> decimal(Map<String, Node> fields, String key, Node parent) {
        Optional<String> text = yaml.string(fields, key, parent);
        try {
            BigDecimal value = new BigDecimal(text.orElse("x"));
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0 && value.scale() <= 2) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        text.ifPresent(t -> yaml.problem(
                fields.get(key), key + " must be a number from 0 to 100 with at most two decimals, not '" + t + "'"));
        return Optional.empty();
    }

    private Optional<Country> country(Node key) {
        String code = key instanceof ScalarNode scalar ? scalar.getValue() : "";
        try {
            return Optional.of(Country.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private <T> T invalid(Node node, String message) {
        yaml.problem(node, message);
        return null;
    }
}
