package eu.restproject.academy.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a quiz file's country variants and plans attempts that meet each of them once: which
 * answer to send so that a learner of the country is given the variant's feedback. A case study's
 * variant choice is reached along a path worked out with the country's points, since the points
 * steer the routes.
 */
final class QuizVariants {

    /** An answer to send (JSON) and the feedback text it must bring for the learner's country. */
    record Expected(String answer, String feedback) {}

    private QuizVariants() {}

    /** Attempts (question id to answer and expected feedback) that together meet every variant feedback for {@code country}. */
    static List<Map<String, Expected>> attemptsCovering(List<Map<String, Object>> questions, String country) {
        Map<String, List<Expected>> perQuestion = new LinkedHashMap<>();
        for (Map<String, Object> question : questions) {
            Map<String, Object> variant = map(map(question.get("variants")).get(country));
            if (variant.isEmpty()) {
                continue;
            }
            String id = (String) question.get("id");
            List<Expected> expected = "case".equals(question.get("type"))
                    ? caseTargets(question, variant, country)
                    : choiceTargets(variant);
            if (!expected.isEmpty()) {
                perQuestion.put(id, expected);
            }
        }
        int rounds = perQuestion.values().stream().mapToInt(List::size).max().orElse(0);
        List<Map<String, Expected>> attempts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, Expected> attempt = new LinkedHashMap<>();
            for (Map.Entry<String, List<Expected>> entry : perQuestion.entrySet()) {
                if (round < entry.getValue().size()) {
                    attempt.put(entry.getKey(), entry.getValue().get(round));
                }
            }
            attempts.add(attempt);
        }
        return attempts;
    }

    /** Single, multiple and true/false: choosing the option brings its variant feedback. */
    private static List<Expected> choiceTargets(Map<String, Object> variant) {
        List<Expected> targets = new ArrayList<>();
        // True/false feedback is keyed by the YAML booleans true and false: the option ids are their text.
        if (variant.get("feedback") instanceof Map<?, ?> feedback) {
            feedback.forEach(
                    (option, text) -> targets.add(new Expected("{\"choice\":[\"" + option + "\"]}", english(text))));
        }
        return targets;
    }

    private static List<Expected> caseTargets(
            Map<String, Object> question, Map<String, Object> variant, String country) {
        Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
        for (Object step : (List<?>) question.get("steps")) {
            steps.put((String) map(step).get("id"), map(step));
        }
        List<List<String[]>> paths = new ArrayList<>();
        walk(steps, variant, (String) question.get("start"), BigDecimal.ZERO, new ArrayList<>(), paths);
        List<Expected> targets = new ArrayList<>();
        variant.forEach((key, change) -> {
            Object feedback = map(change).get("feedback");
            if (feedback == null) {
                return;
            }
            List<String[]> path = paths.stream()
                    .filter(p -> p.stream().anyMatch(c -> (c[0] + "/" + c[1]).equals(key)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(country + " variant " + key + " cannot be reached"));
            String choices = path.stream()
                    .map(c -> "\"" + c[1] + "\"")
                    .reduce((a, b) -> a + "," + b)
                    .orElse("");
            targets.add(new Expected("{\"path\":[" + choices + "]}", english(feedback)));
        });
        return targets;
    }

    /** Every complete path from {@code stepId}, as (step, choice) pairs, with the variant's points steering the routes. */
    private static void walk(
            Map<String, Map<String, Object>> steps,
            Map<String, Object> variant,
            String stepId,
            BigDecimal score,
            List<String[]> path,
            List<List<String[]>> paths) {
        Map<String, Object> step = steps.get(stepId);
        if (Boolean.TRUE.equals(step.get("ending")) || step.get("choices") == null) {
            paths.add(new ArrayList<>(path));
            return;
        }
        for (Object choiceNode : (List<?>) step.get("choices")) {
            Map<String, Object> choice = map(choiceNode);
            String key = stepId + "/" + choice.get("id");
            Object points = map(variant.get(key)).getOrDefault("points", choice.getOrDefault("points", 0));
            BigDecimal total = score.add(new BigDecimal(String.valueOf(points)));
            path.add(new String[] {stepId, (String) choice.get("id")});
            walk(steps, variant, next(choice.get("next"), total), total, path, paths);
            path.remove(path.size() - 1);
        }
    }

    private static String next(Object next, BigDecimal score) {
        if (next instanceof String step) {
            return step;
        }
        for (Object routeNode : (List<?>) next) {
            Map<String, Object> route = map(routeNode);
            Object least = route.get("ifScoreAtLeast");
            if (least == null || score.compareTo(new BigDecimal(String.valueOf(least))) >= 0) {
                return (String) route.get("goto");
            }
        }
        throw new AssertionError("no route in " + next);
    }

    private static String english(Object texts) {
        return String.valueOf(map(texts).get("en"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
