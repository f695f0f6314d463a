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
 */
public record CaseStudy(String id, BigDecimal points, String start, Map<String, Step> steps) implements Question {

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
    public record Ending(String id, BigDecimal points, Feedback debrief) implements Step {
    }

    /** One choice at a decision point, with its points, feedback and where it leads. */
    public record Choice(String id, BigDecimal points, Feedback feedback, List<Route> routes) {
    }

    /** Leads to {@code target} when the score so far (this choice included) is at least {@code minScore}, if set. */
    public record Route(Optional<BigDecimal> minScore, String target) {
        boolean applies(BigDecimal scoreSoFar) {
            return minScore.map(min -> scoreSoFar.compareTo(min) >= 0).orElse(true);
        }
    }

    /** Where a path through the case has got to: the steps visited, the score so far, and the current step. */
    public record Position(List<String> visited, BigDecimal scoreSoFar, Step current) {
        public boolean isFinished() {
            return current instanceof Ending;
        }
    }

    /** Follows the learner's choices from the start; refuses a choice that the current decision point does not offer. */
    public Position play(List<String> choiceIds) {
        Step current = steps.get(start);
        BigDecimal score = BigDecimal.ZERO;
        List<String> visited = new ArrayList<>(List.of(start));
        for (String choiceId : choiceIds) {
            if (!(current instanceof Decision decision)) {
                throw Question.unfit(id);
            }
            Choice choice = decision.choice(choiceId).orElseThrow(() -> Question.unfit(id));
            score = score.add(choice.points());
            BigDecimal reached = score;
            String target = choice.routes().stream().filter(r -> r.applies(reached)).findFirst()
                    .map(Route::target).orElseThrow(() -> Question.unfit(id));
            current = steps.get(target);
            visited.add(target);
        }
        if (current instanceof Ending ending) {
            score = score.add(ending.points());
        }
        return new Position(List.copyOf(visited), score, current);
    }

    @Override
    public Grade grade(Answer answer, Country country) {
        if (!(answer instanceof Answer.Path path)) {
            throw Question.unfit(id);
        }
        Position position = play(path.choiceIds());
        BigDecimal earned = position.scoreSoFar().max(BigDecimal.ZERO).min(points);
        return Grade.of(new Score(earned, points));
    }
}
