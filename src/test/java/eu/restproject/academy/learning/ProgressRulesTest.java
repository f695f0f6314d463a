package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.restproject.academy.content.Change;
import eu.restproject.academy.content.SemanticVersion;
import eu.restproject.academy.learning.ProgressRules.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How completions carry across versions, worked by hand on a module with three versions. */
class ProgressRulesTest {

    private static final SemanticVersion V1 = new SemanticVersion(1, 0, 0);
    private static final SemanticVersion V11 = new SemanticVersion(1, 1, 0);
    private static final SemanticVersion V2 = new SemanticVersion(2, 0, 0);

    /** 1.0.0: a, b, c, d. 1.1.0: a unchanged, b editorial, c substantive, d removed. 2.0.0: a editorial, b unchanged, c unchanged, d new again, e new. */
    private static final List<Map.Entry<SemanticVersion, Map<String, Change>>> CHAIN = List.of(
            Map.entry(V1, Map.of("a", Change.NEW, "b", Change.NEW, "c", Change.NEW, "d", Change.NEW)),
            Map.entry(V11, Map.of("a", Change.UNCHANGED, "b", Change.EDITORIAL, "c", Change.SUBSTANTIVE)),
            Map.entry(
                    V2,
                    Map.of(
                            "a",
                            Change.EDITORIAL,
                            "b",
                            Change.UNCHANGED,
                            "c",
                            Change.UNCHANGED,
                            "d",
                            Change.NEW,
                            "e",
                            Change.NEW)));

    private static ProgressRules.Outcome status(String lesson, SemanticVersion completedIn, SemanticVersion current) {
        return ProgressRules.status(lesson, Optional.ofNullable(completedIn), CHAIN, current);
    }

    @Test
    void neverCompletedIsNotStarted() {
        assertEquals(Status.NOT_STARTED, status("a", null, V2).status());
    }

    @Test
    void completedInTheCurrentVersionIsCompleted() {
        assertEquals(Status.COMPLETED, status("c", V11, V11).status());
    }

    @Test
    void unchangedAndEditorialKeepTheCompletion() {
        assertEquals(Status.COMPLETED, status("a", V1, V11).status());
        assertEquals(Status.COMPLETED, status("b", V1, V11).status());
        assertEquals(Status.COMPLETED, status("a", V1, V2).status(), "unchanged then editorial");
    }

    @Test
    void anEditorialChangeSinceTheReadingNamesTheVersionWhoseNoteToShow() {
        assertEquals(Optional.of(V11), status("b", V1, V11).revisedIn());
        assertEquals(Optional.of(V2), status("a", V1, V2).revisedIn(), "the latest rewording");
        assertEquals(Optional.empty(), status("a", V1, V11).revisedIn(), "unchanged: nothing to say");
        assertEquals(Optional.empty(), status("a", V2, V2).revisedIn(), "read in this version: nothing to say");
        assertEquals(Optional.empty(), status("c", V1, V11).revisedIn(), "a substantive change has its own note");
    }

    @Test
    void aSubstantiveChangeAsksToReadAgainAndNamesTheVersion() {
        ProgressRules.Outcome outcome = status("c", V1, V11);
        assertEquals(Status.UPDATED, outcome.status());
        assertEquals(Optional.of(V11), outcome.updatedIn());
        assertEquals(Status.UPDATED, status("c", V1, V2).status(), "a substantive change in between still counts");
        assertEquals(Status.COMPLETED, status("c", V11, V2).status(), "read again after the change");
    }

    @Test
    void aLessonThatWasRemovedAndCameBackStartsOver() {
        assertEquals(Status.NOT_STARTED, status("d", V1, V2).status());
    }

    @Test
    void completionInANewerRetiredVersionStillCounts() {
        assertEquals(Status.COMPLETED, status("c", V2, V11).status());
    }
}
