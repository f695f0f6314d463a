package eu.restproject.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A labour inspection finds a worker with signs of trafficking (fact sheet case 1, in outline):
 * refer for identification (2 points) or hand over to the immigration police (0). After a
 * referral, granting the reflection period (2) leads to the good ending; with less than 2 points
 * so far every road ends in the poor ending.
 */
class CaseStudyTest {

    private static CaseStudy.Choice choice(String id, int points, CaseStudy.Route... routes) {
        return new CaseStudy.Choice(id, BigDecimal.valueOf(points), Feedback.NONE, List.of(routes));
    }

    private static CaseStudy.Route to(String target) {
        return new CaseStudy.Route(Optional.empty(), target);
    }

    private static CaseStudy.Route ifAtLeast(int min, String target) {
        return new CaseStudy.Route(Optional.of(BigDecimal.valueOf(min)), target);
    }

    private static Map<String, CaseStudy.Step> steps() {
        Map<String, CaseStudy.Step> steps = new HashMap<>();
        steps.put(
                "inspection",
                new CaseStudy.Decision(
                        "inspection",
                        List.of(choice("refer", 2, to("reflection")), choice("police", 0, to("reflection")))));
        steps.put(
                "reflection",
                new CaseStudy.Decision(
                        "reflection",
                        List.of(
                                choice("grant", 2, ifAtLeast(4, "protected"), to("late")),
                                choice("deny", 0, to("expelled")))));
        steps.put("protected", new CaseStudy.Ending("protected", BigDecimal.ONE, Feedback.NONE));
        steps.put("late", new CaseStudy.Ending("late", BigDecimal.ZERO, Feedback.NONE));
        steps.put("expelled", new CaseStudy.Ending("expelled", BigDecimal.ZERO, Feedback.NONE));
        return steps;
    }

    private static final CaseStudy INSPECTION = new CaseStudy("case1", new BigDecimal("5"), "inspection", steps());

    @Test
    void choicesLeadAlongTheirRoutesAndTheEndingAddsItsPoints() {
        CaseStudy.Position best = INSPECTION.play(List.of("refer", "grant"));
        assertEquals(List.of("inspection", "reflection", "protected"), best.visited());
        assertTrue(best.isFinished());
        assertEquals(
                "5.00",
                INSPECTION
                        .grade(new Answer.Path(List.of("refer", "grant")), null)
                        .score()
                        .points()
                        .toPlainString());
    }

    @Test
    void aRouteCanDependOnTheScoreSoFar() {
        CaseStudy.Position late = INSPECTION.play(List.of("police", "grant"));
        assertEquals("late", late.current().id(), "2 points so far are not enough for the good ending");
        assertEquals(
                "2.00",
                INSPECTION
                        .grade(new Answer.Path(List.of("police", "grant")), null)
                        .score()
                        .points()
                        .toPlainString());
        assertEquals(
                "expelled", INSPECTION.play(List.of("refer", "deny")).current().id());
    }

    @Test
    void anUnfinishedPathScoresWhatItGathered() {
        CaseStudy.Position halfway = INSPECTION.play(List.of("refer"));
        assertFalse(halfway.isFinished());
        assertEquals(
                "2.00",
                INSPECTION
                        .grade(new Answer.Path(List.of("refer")), null)
                        .score()
                        .points()
                        .toPlainString());
    }

    @Test
    void choicesNotOfferedHereAreRefused() {
        assertThrows(InvalidInputException.class, () -> INSPECTION.play(List.of("grant")));
        assertThrows(InvalidInputException.class, () -> INSPECTION.play(List.of("refer", "grant", "again")));
    }

    @Test
    void aWellFormedCaseHasNoProblems() {
        assertEquals(List.of(), CaseStudyCheck.problems(INSPECTION));
    }

    @Test
    void missingStepsLoopsAndScoresOutOfRangeAreFound() {
        Map<String, CaseStudy.Step> missing = steps();
        missing.put("reflection", new CaseStudy.Decision("reflection", List.of(choice("grant", 2, to("nowhere")))));
        assertEquals(
                List.of("the choice 'grant' of 'reflection' leads to the missing step 'nowhere'"),
                CaseStudyCheck.problems(new CaseStudy("c", BigDecimal.TEN, "inspection", missing)));

        Map<String, CaseStudy.Step> loop = steps();
        loop.put("reflection", new CaseStudy.Decision("reflection", List.of(choice("wait", 0, to("inspection")))));
        assertTrue(CaseStudyCheck.problems(new CaseStudy("c", BigDecimal.TEN, "inspection", loop)).stream()
                .anyMatch(p -> p.contains("loops back to 'inspection'")));

        assertEquals(
                List.of("paths through the case score from 0 to 5 points, outside 0 to 4"),
                CaseStudyCheck.problems(new CaseStudy("c", new BigDecimal("4"), "inspection", steps())));

        Map<String, CaseStudy.Step> conditional = steps();
        conditional.put(
                "reflection",
                new CaseStudy.Decision("reflection", List.of(choice("grant", 2, ifAtLeast(4, "protected")))));
        assertTrue(CaseStudyCheck.problems(new CaseStudy("c", BigDecimal.TEN, "inspection", conditional))
                .get(0)
                .contains("needs a last route without a score condition"));
    }

    /**
     * Where a country's law makes calling the police the right first step (an invented rule, for the
     * test), its variant gives that choice 2 points: the route then leads to the good ending.
     */
    @Test
    void aCountryVariantChangesPointsAndTheRouteForThatCountryOnly() {
        Feedback spanish = new Feedback(
                Map.of(eu.restproject.academy.platform.i18n.Language.EN, "In this country the police refer."),
                Optional.of(new Feedback.Ground("Ley Orgánica 4/2000", "Art. 59 bis")));
        CaseStudy withVariant = new CaseStudy(
                "case1",
                new BigDecimal("5"),
                "inspection",
                steps(),
                Map.of(
                        eu.restproject.academy.people.Country.ES,
                        Map.of(
                                "inspection/police",
                                new CaseStudy.ChoiceVariant(
                                        Optional.of(BigDecimal.valueOf(2)), Optional.of(spanish)))));
        assertEquals(List.of(), CaseStudyCheck.problems(withVariant));
        List<String> path = List.of("police", "grant");
        assertEquals("late", withVariant.play(path).current().id(), "without a variant: 0 + 2 < 4");
        assertEquals(
                "late",
                withVariant
                        .play(path, eu.restproject.academy.people.Country.AT)
                        .current()
                        .id());
        assertEquals(
                "protected",
                withVariant
                        .play(path, eu.restproject.academy.people.Country.ES)
                        .current()
                        .id(),
                "2 + 2 >= 4");
        assertEquals(
                "5.00",
                withVariant
                        .grade(new Answer.Path(path), eu.restproject.academy.people.Country.ES)
                        .score()
                        .points()
                        .toPlainString());
        assertEquals(
                "2.00",
                withVariant
                        .grade(new Answer.Path(path), eu.restproject.academy.people.Country.FR)
                        .score()
                        .points()
                        .toPlainString());
        assertEquals(
                spanish,
                withVariant
                        .choiceIn("inspection", "police", eu.restproject.academy.people.Country.ES)
                        .feedback());
    }

    @Test
    void variantsForMissingChoicesOrOutOfRangeScoresAreRefused() {
        CaseStudy unknown = new CaseStudy(
                "c",
                new BigDecimal("5"),
                "inspection",
                steps(),
                Map.of(
                        eu.restproject.academy.people.Country.NL,
                        Map.of(
                                "inspection/ignore",
                                new CaseStudy.ChoiceVariant(Optional.of(BigDecimal.ONE), Optional.empty()))));
        assertTrue(
                CaseStudyCheck.problems(unknown).get(0).contains("'inspection/ignore'"),
                CaseStudyCheck.problems(unknown).toString());
        CaseStudy tooMuch = new CaseStudy(
                "c",
                new BigDecimal("5"),
                "inspection",
                steps(),
                Map.of(
                        eu.restproject.academy.people.Country.RS,
                        Map.of(
                                "inspection/refer",
                                new CaseStudy.ChoiceVariant(Optional.of(BigDecimal.valueOf(4)), Optional.empty()))));
        assertTrue(
                CaseStudyCheck.problems(tooMuch).get(0).contains("for learners from RS"),
                CaseStudyCheck.problems(tooMuch).toString());
    }
}
