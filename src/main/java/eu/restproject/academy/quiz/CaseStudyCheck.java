package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What makes a case study playable: every route leads to a step that exists, no path can loop, every
 * decision point offers a choice, an ending is reachable, and every path's points stay within
 * 0 and the case's points. Problems are sentences for authors.
 */
public final class CaseStudyCheck {

    /** A problem, located at a step (null: the case as a whole). */
    public record Finding(String stepId, String message) {}

    private CaseStudyCheck() {}

    /** The problems as sentences, for callers that do not place them. */
    public static List<String> problems(CaseStudy study) {
        return findings(study).stream().map(Finding::message).toList();
    }

    public static List<Finding> findings(CaseStudy study) {
        List<Finding> problems = new ArrayList<>();
        if (!study.steps().containsKey(study.start())) {
            problems.add(new Finding(null, "the start step '" + study.start() + "' does not exist"));
            return problems;
        }
        for (CaseStudy.Step step : study.steps().values()) {
            if (step instanceof CaseStudy.Decision decision) {
                if (decision.choices().isEmpty()) {
                    problems.add(
                            new Finding(decision.id(), "the decision point '" + decision.id() + "' offers no choice"));
                }
                for (CaseStudy.Choice choice : decision.choices()) {
                    if (choice.routes().isEmpty()) {
                        problems.add(new Finding(
                                decision.id(),
                                "the choice '" + choice.id() + "' of '" + decision.id() + "' leads nowhere"));
                    }
                    if (choice.routes().stream().noneMatch(r -> r.minScore().isEmpty())) {
                        problems.add(
                                new Finding(
                                        decision.id(),
                                        "the choice '" + choice.id() + "' of '" + decision.id()
                                                + "' needs a last route without a score condition, so that it always leads on"));
                    }
                    choice.routes().stream()
                            .filter(r -> !study.steps().containsKey(r.target()))
                            .forEach(r -> problems.add(new Finding(
                                    decision.id(),
                                    "the choice '" + choice.id() + "' of '" + decision.id()
                                            + "' leads to the missing step '" + r.target() + "'")));
                }
            }
        }
        study.variants()
                .forEach((country, variants) -> variants.keySet().forEach(key -> {
                    String[] stepAndChoice = key.split("/", 2);
                    boolean exists = stepAndChoice.length == 2
                            && study.steps().get(stepAndChoice[0]) instanceof CaseStudy.Decision decision
                            && decision.choice(stepAndChoice[1]).isPresent();
                    if (!exists) {
                        problems.add(new Finding(
                                null,
                                "the variant for " + country + " names '" + key
                                        + "', which is not a step/choice of the case"));
                    }
                }));
        if (!problems.isEmpty()) {
            return problems;
        }
        checkScores(study, null, problems);
        for (Country country : study.variants().keySet()) {
            if (problems.isEmpty()) {
                checkScores(study, country, problems);
            }
        }
        return problems;
    }

    /** Walks the case as learners of the country (null: without variant) play it. */
    private static void checkScores(CaseStudy study, Country country, List<Finding> problems) {
        Map<String, BigDecimal[]> range = new HashMap<>();
        walk(study, country, study.start(), new HashSet<>(), range, problems);
        if (problems.isEmpty()) {
            BigDecimal[] total = range.get(study.start());
            if (total[0].signum() < 0 || total[1].compareTo(study.points()) > 0) {
                problems.add(new Finding(
                        null,
                        (country == null ? "" : "for learners from " + country + ", ")
                                + "paths through the case score from " + total[0] + " to " + total[1]
                                + " points, outside 0 to " + study.points()));
            }
        }
    }

    /** Depth-first: finds loops, and the lowest and highest score reachable from each step. */
    private static BigDecimal[] walk(
            CaseStudy study,
            Country country,
            String stepId,
            Set<String> onPath,
            Map<String, BigDecimal[]> range,
            List<Finding> problems) {
        if (range.containsKey(stepId)) {
            return range.get(stepId);
        }
        if (!onPath.add(stepId)) {
            problems.add(
                    new Finding(stepId, "the case loops back to '" + stepId + "': every path must reach an ending"));
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        CaseStudy.Step step = study.steps().get(stepId);
        BigDecimal[] result;
        if (step instanceof CaseStudy.Ending ending) {
            result = new BigDecimal[] {ending.points(), ending.points()};
        } else {
            BigDecimal low = null;
            BigDecimal high = null;
            for (CaseStudy.Choice general : ((CaseStudy.Decision) step).choices()) {
                CaseStudy.Choice choice = study.choiceIn(stepId, general.id(), country);
                for (CaseStudy.Route route : choice.routes()) {
                    BigDecimal[] next = walk(study, country, route.target(), onPath, range, problems);
                    BigDecimal lowHere = choice.points().add(next[0]);
                    BigDecimal highHere = choice.points().add(next[1]);
                    low = low == null ? lowHere : low.min(lowHere);
                    high = high == null ? highHere : high.max(highHere);
                }
            }
            result = new BigDecimal[] {low, high};
        }
        onPath.remove(stepId);
        range.put(stepId, result);
        return result;
    }
}
