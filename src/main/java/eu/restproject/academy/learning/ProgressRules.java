package eu.restproject.academy.learning;

import eu.restproject.academy.content.Change;
import eu.restproject.academy.content.SemanticVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a completion made in one version counts in a later one. Walking from the version after the
 * completion up to the current one: a lesson that stays {@code unchanged} or {@code editorial} keeps
 * its completion; a {@code substantive} change asks the learner to read it again; a lesson that
 * disappeared and came back ({@code new}) starts over.
 */
public final class ProgressRules {

    /** What a learner sees for a lesson of the current version. */
    public enum Status {
        NOT_STARTED,
        COMPLETED,
        UPDATED
    }

    /**
     * A lesson's status, with the version whose note explains a substantive update, or, for a lesson
     * that stays completed, the latest version that reworded it since (its note is shown too).
     */
    public record Outcome(Status status, Optional<SemanticVersion> updatedIn, Optional<SemanticVersion> revisedIn) {
        static Outcome of(Status status) {
            return new Outcome(status, Optional.empty(), Optional.empty());
        }
    }

    private ProgressRules() {}

    /**
     * @param lessonId  the stable lesson id
     * @param completedIn the version in which the learner completed it, if ever
     * @param chain     every published version of the module in ascending order, with each version's change
     *                  marker per lesson id (retired versions included: markers are relative to them)
     * @param current   the version the learner reads now
     */
    public static Outcome status(
            String lessonId,
            Optional<SemanticVersion> completedIn,
            List<Map.Entry<SemanticVersion, Map<String, Change>>> chain,
            SemanticVersion current) {
        if (completedIn.isEmpty()) {
            return Outcome.of(Status.NOT_STARTED);
        }
        SemanticVersion completed = completedIn.get();
        if (completed.equals(current)) {
            return Outcome.of(Status.COMPLETED);
        }
        if (completed.compareTo(current) > 0) {
            // Completed in a newer version that has since been retired: the learner read newer text.
            return Outcome.of(Status.COMPLETED);
        }
        Optional<SemanticVersion> substantive = Optional.empty();
        Optional<SemanticVersion> editorial = Optional.empty();
        for (Map.Entry<SemanticVersion, Map<String, Change>> version : chain) {
            if (version.getKey().compareTo(completed) <= 0 || version.getKey().compareTo(current) > 0) {
                continue;
            }
            Change change = version.getValue().get(lessonId);
            if (change == null || change == Change.NEW) {
                return Outcome.of(Status.NOT_STARTED);
            }
            if (change == Change.SUBSTANTIVE) {
                substantive = Optional.of(version.getKey());
            } else if (change == Change.EDITORIAL) {
                editorial = Optional.of(version.getKey());
            }
        }
        return substantive.isPresent()
                ? new Outcome(Status.UPDATED, substantive, Optional.empty())
                : new Outcome(Status.COMPLETED, Optional.empty(), editorial);
    }
}
