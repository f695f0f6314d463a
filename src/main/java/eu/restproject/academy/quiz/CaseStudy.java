package eu.restproject.academy.quiz;

import eu.restproject.academy.people.Country;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario played through decision points. Each choice adds its points and leads on along the
 * first of its routes whose score condition the learner meets; the case ends on one of several
 * endings, which add their own points and debrief. The case scores the points gathered on the way
 * (endings included), which {@link CaseStudyCheck} keeps within 0 and {@link #points()}.
 *
 * <p>A country variant gives a choice other points or other feedback for that country's learners,
 * where their law makes another decision right; the points also decide the routes taken.
 */
public record CaseStudy(
        String id,
        BigDecimal points,
        String start,
        Map<String, Step> steps,
        Map<Country, Map<String, ChoiceVariant>> variants)
        implements Question {

    public CaseStudy(String id, BigDecimal points, String start, Map<String, Step> steps) {
        this(id, points, start, steps, Map.of());
    }

    /** What differs for a choice, keyed "step/choice", for one country: its points, its feedback, or both. */
    public record ChoiceVariant(Optional<BigDecimal> points, Optional<Feedback> feedback) {}

    /** A decision point or an ending. */
    public sealed interface Step permits Decision, Ending {
        String id();
    }

    /** A decision point: the learner takes one of its choices. */
    public record Decision(String id, List<Choice> choices) implements Step {
        public Optional<Choice> choice(String choiceId) {
            return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
        }
    }

    /** An ending, with its points and debrief. */
    public record Ending(String id, BigDecimal points, Feedback debrief) implements Step {}

    /** One choice at a decision point, with its points, feedback and where it leads. */
    public record Choice(String id, BigDecimal points, Feedback feedback, List<Route> routes) {}

    /** Leads to {@code target} when the score so far (this choice included) is at least {@code minScore}, if set. */
    public record Route(Optional<BigDecimal> minScore, String target) {
        boolean applies(BigDecimal scoreSoFar) {
            return minScore.map(min -> scoreSoFar.compareTo(min) >= 0).orElse(true);
        }
    }

    /**
     * Where a path through the case has got to: the steps visited, the choices taken there (as the
     * learner's country has them), the score so far, and the current step.
     */
    public record Position(List<String> visited, List<Choice> taken, BigDecimal scoreSoFar, Step current) {
        public boolean isFinished() {
            return current instanceof Ending;
        }
    }

    /** Follows the choices without any country variant. */
    public Position play(List<String> choiceIds) {
        return play(choiceIds, null);
    }

    /** A choice as learners of the country get it: the general one with the country's variant applied. */
    public Choice choiceIn(String stepId, String choiceId, Country country) {
        if (!(steps.get(stepId) instanceof Decision decision)) {
            throw Question.unfit(id);
        }
        Choice choice = decision.choice(choiceId).orElseThrow(() -> Question.unfit(id));
        ChoiceVariant variant = country == null
                ? null
                : variants.getOrDefault(country, Map.of()).get(stepId + "/" + choiceId);
        return variant == null
                ? choice
                : new Choice(
                        choice.id(),
                        variant.points().orElse(choice.points()),
                        variant.feedback().orElse(choice.feedback()),
                        choice.routes());
    }

    /**
     * Follows the learner's choices from the start, with the country's variants; refuses a choice
     * that the current decision point does not offer.
     */
    public Position play(List<String> choiceIds, Country country) {
        Step current = steps.get(start);
        BigDecimal score = BigDecimal.ZERO;
        List<String> visited = new ArrayList<>(List.of(start));
        List<Choice> taken = new ArrayList<>();
        for (String choiceId : choiceIds) {
            if (!(current instanceof Decision decision)) {
                throw Question.unfit(id);
            }
            Choice choice = choiceIn(decision.id(), choiceId, country);
            taken.add(choice);
            score = score.add(choice.points());
            BigDecimal reached = score;
            String target = choice.routes().stream()
                    .filter(r -> r.applies(reached))
                    .findFirst()
                    .map(Route::target)
                    .orElseThrow(() -> Question.unfit(id));
            current = steps.get(target);
            visited.add(target);
        }
        if (current instanceof Ending ending) {
            score = score.add(ending.points());
        }
        return new Position(List.copyOf(visited), List.copyOf(taken), score, current);
    }

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Path path)) {
            throw Question.unfit(id);
        }
        Position position = play(path.choiceIds(), country);
        BigDecimal earned = position.scoreSoFar().max(BigDecimal.ZERO).min(points);
        return Grade.of(new Score(earned, points));
    }
}
