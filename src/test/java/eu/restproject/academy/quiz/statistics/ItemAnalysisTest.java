package eu.restproject.academy.quiz.statistics;

import static eu.restproject.academy.quiz.statistics.WorkedExample.choice;
import static eu.restproject.academy.quiz.statistics.WorkedExample.item;
import static eu.restproject.academy.quiz.statistics.WorkedExample.quiz;
import static eu.restproject.academy.quiz.statistics.WorkedExample.sitting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.Quiz;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quiz and question figures, checked against the hand-worked example of docs/statistics.md and edge cases. */
class ItemAnalysisTest {

    private static final ItemAnalysis EXAMPLE = new ItemAnalysis(WorkedExample.QUIZ);

    @Test
    void quizFiguresMatchTheWorkedExample() {
        QuizFigures figures = EXAMPLE.figures(WorkedExample.SITTINGS);
        assertEquals("basics", figures.quizId());
        assertEquals(4, figures.sittings());
        assertEquals(new BigDecimal("4.00"), figures.maxPoints());
        assertEquals(decimal("43.75"), figures.mean());
        assertEquals(decimal("37.50"), figures.median());
        assertEquals(decimal("42.70"), figures.standardDeviation());
        assertEquals(2, figures.passed(), "4 of 4 and 2 of 4 reach the pass mark of 50 %");
    }

    @Test
    void questionFiguresMatchTheWorkedExample() {
        List<QuestionFigures> questions =
                EXAMPLE.figures(WorkedExample.SITTINGS).questions();
        assertQuestion(questions.get(0), "q1", QuestionKind.SINGLE_CHOICE, "1.00", 3, "0.50", "50.00", "0.58", "68.82");
        assertQuestion(questions.get(1), "q2", QuestionKind.TRUE_FALSE, "1.00", 4, "0.50", "50.00", "0.58", "19.25");
        assertQuestion(questions.get(2), "q3", QuestionKind.ORDERING, "2.00", 3, "0.75", "37.50", "0.96", "85.28");
    }

    @Test
    void distributionsMatchTheWorkedExample() {
        List<QuestionFigures> questions =
                EXAMPLE.figures(WorkedExample.SITTINGS).questions();
        assertEquals("a=2 b=1 c=0 not-answered=1", counts(questions.get(0)));
        assertEquals("true=2 false=2 not-answered=0", counts(questions.get(1)));
        assertEquals("full=1 partial=1 zero=1 not-answered=1", counts(questions.get(2)));
    }

    @Test
    void discriminationIsPositiveForAQuestionStrongLearnersGetRightAndNegativeForOneTheyGetWrong() {
        ChoiceQuestion r1 = single("r1");
        ChoiceQuestion r2 = single("r2");
        ChoiceQuestion separating = single("separating");
        ChoiceQuestion misleading = single("misleading");
        Quiz quiz = quiz("discrimination", List.of(item(r1), item(r2), item(separating), item(misleading)));
        List<Sitting> sittings = List.of(
                sitting(
                        1,
                        Country.AT,
                        Map.of(
                                r1,
                                choice("yes"),
                                r2,
                                choice("yes"),
                                separating,
                                choice("yes"),
                                misleading,
                                choice("no"))),
                sitting(
                        2,
                        Country.AT,
                        Map.of(
                                r1,
                                choice("yes"),
                                r2,
                                choice("yes"),
                                separating,
                                choice("yes"),
                                misleading,
                                choice("no"))),
                sitting(
                        3,
                        Country.AT,
                        Map.of(
                                r1,
                                choice("yes"),
                                r2,
                                choice("no"),
                                separating,
                                choice("no"),
                                misleading,
                                choice("yes"))),
                sitting(
                        4,
                        Country.AT,
                        Map.of(
                                r1,
                                choice("no"),
                                r2,
                                choice("no"),
                                separating,
                                choice("no"),
                                misleading,
                                choice("yes"))));
        List<QuestionFigures> questions =
                new ItemAnalysis(quiz).figures(sittings).questions();
        assertTrue(
                questions.get(2).discrimination().orElseThrow().signum() > 0,
                questions.get(2).toString());
        assertTrue(
                questions.get(3).discrimination().orElseThrow().signum() < 0,
                questions.get(3).toString());
    }

    @Test
    void oneSittingLeavesSpreadAndDiscriminationUndefined() {
        QuizFigures figures = EXAMPLE.figures(WorkedExample.SITTINGS.subList(0, 1));
        assertEquals(decimal("100.00"), figures.mean());
        assertEquals(Optional.empty(), figures.standardDeviation());
        QuestionFigures q1 = figures.questions().get(0);
        assertEquals(decimal("1.00"), q1.mean());
        assertEquals(Optional.empty(), q1.standardDeviation());
        assertEquals(Optional.empty(), q1.discrimination());
    }

    @Test
    void aQuestionEveryoneGetsRightHasNoDiscrimination() {
        // q1 answered "a" by all: its scores do not vary, so r would be 0 / 0.
        List<Sitting> sittings = List.of(
                sitting(1, Country.AT, Map.of(WorkedExample.Q1, choice("a"), WorkedExample.Q2, choice("true"))),
                sitting(2, Country.AT, Map.of(WorkedExample.Q1, choice("a"), WorkedExample.Q2, choice("false"))));
        QuizFigures figures = EXAMPLE.figures(sittings);
        assertEquals(Optional.empty(), figures.questions().get(0).discrimination());
        assertEquals(decimal("0.00"), figures.questions().get(0).standardDeviation());
        // q2 varies, but the rest of the quiz (q1 + q3) does not: also undefined.
        assertEquals(Optional.empty(), figures.questions().get(1).discrimination());
    }

    @Test
    void noSittingsGiveEmptyFigures() {
        QuizFigures figures = EXAMPLE.figures(List.of());
        assertEquals(0, figures.sittings());
        assertEquals(Optional.empty(), figures.mean());
        assertEquals(Optional.empty(), figures.median());
        assertEquals(Optional.empty(), figures.questions().get(0).facility());
        assertEquals("a=0 b=0 c=0 not-answered=0", counts(figures.questions().get(0)));
    }

    @Test
    void byCountryListsEveryCountryInOrderWithTheTotalOfAllSittings() {
        List<Sitting> sittings = new ArrayList<>(WorkedExample.SITTINGS);
        sittings.add(sitting(5, null, Map.of(WorkedExample.Q1, choice("a"))));
        Breakdown<Country> breakdown = EXAMPLE.byCountry(sittings);
        assertEquals(List.of(Country.values()), List.copyOf(breakdown.groups().keySet()));
        assertEquals(2, breakdown.groups().get(Country.AT).sittings());
        assertEquals(decimal("75.00"), breakdown.groups().get(Country.AT).mean());
        assertEquals(1, breakdown.groups().get(Country.FR).sittings());
        assertEquals(0, breakdown.groups().get(Country.ES).sittings());
        assertEquals(Optional.empty(), breakdown.groups().get(Country.ES).mean());
        assertEquals(decimal("0.00"), breakdown.groups().get(Country.RS).mean());
        assertEquals(5, breakdown.all().sittings(), "a sitting without a country counts in the total only");
    }

    @Test
    void anEmptyAnswerCountsAsNotAnswered() {
        Sitting cleared = new Sitting(9, Country.NL, null, Map.of(), Map.of("q1", new Answer.Choice(Set.of())));
        QuestionFigures q1 = EXAMPLE.figures(List.of(cleared)).questions().get(0);
        assertEquals(0, q1.answered());
        assertEquals("a=0 b=0 c=0 not-answered=1", counts(q1));
    }

    @Test
    void anOptionTheQuestionDoesNotHaveIsRefused() {
        Sitting stale = new Sitting(9, Country.NL, null, Map.of(), Map.of("q1", WorkedExample.choice("d")));
        assertThrows(IllegalArgumentException.class, () -> EXAMPLE.figures(List.of(stale)));
    }

    private static ChoiceQuestion single(String id) {
        return new ChoiceQuestion(
                id,
                BigDecimal.ONE,
                false,
                List.of(
                        new ChoiceQuestion.Option("yes", true, Feedback.NONE),
                        new ChoiceQuestion.Option("no", false, Feedback.NONE)),
                Map.of());
    }

    static String counts(QuestionFigures question) {
        return String.join(
                " ",
                question.distribution().stream()
                        .map(c -> c.id() + "=" + c.count())
                        .toList());
    }

    private static void assertQuestion(
            QuestionFigures question,
            String id,
            QuestionKind kind,
            String max,
            int answered,
            String mean,
            String facility,
            String deviation,
            String discrimination) {
        assertEquals(id, question.questionId());
        assertEquals(kind, question.kind());
        assertEquals(new BigDecimal(max), question.maxPoints());
        assertEquals(answered, question.answered(), id + " answered");
        assertEquals(decimal(mean), question.mean(), id + " mean");
        assertEquals(decimal(facility), question.facility(), id + " facility");
        assertEquals(decimal(deviation), question.standardDeviation(), id + " standard deviation");
        assertEquals(decimal(discrimination), question.discrimination(), id + " discrimination");
    }

    private static Optional<BigDecimal> decimal(String value) {
        return Optional.of(new BigDecimal(value));
    }
}
