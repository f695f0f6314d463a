package eu.restproject.academy.quiz.statistics;

import static eu.restproject.academy.quiz.statistics.ItemAnalysisTest.counts;
import static eu.restproject.academy.quiz.statistics.WorkedExample.choice;
import static eu.restproject.academy.quiz.statistics.WorkedExample.item;
import static eu.restproject.academy.quiz.statistics.WorkedExample.quiz;
import static eu.restproject.academy.quiz.statistics.WorkedExample.sitting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the sittings answered: options for choice questions, endings for case studies, score bands for the rest. */
class ItemAnalysisDistributionTest {

    @Test
    void multipleChoiceCountsEveryOptionTicked() {
        ChoiceQuestion question = new ChoiceQuestion(
                "mc",
                BigDecimal.valueOf(2),
                true,
                List.of(
                        new ChoiceQuestion.Option("a", true, Feedback.NONE),
                        new ChoiceQuestion.Option("b", true, Feedback.NONE),
                        new ChoiceQuestion.Option("c", false, Feedback.NONE)),
                Map.of());
        QuestionFigures figures = only(
                quiz("mc", List.of(item(question))),
                List.of(
                        sitting(1, Country.AT, Map.of(question, choice("a", "b"))),
                        sitting(2, Country.AT, Map.of(question, choice("a", "c"))),
                        sitting(3, Country.AT, Map.of())));
        assertEquals(QuestionKind.MULTIPLE_CHOICE, figures.kind());
        assertEquals("a=2 b=1 c=1 not-answered=1", counts(figures));
    }

    @Test
    void caseStudyCountsTheEndingReachedInTheAuthorsOrder() {
        Map<String, CaseStudy.Step> steps = new LinkedHashMap<>();
        steps.put(
                "inspection",
                new CaseStudy.Decision("inspection", List.of(step("refer", 2, "protected"), step("wait", 0, "later"))));
        steps.put("later", new CaseStudy.Decision("later", List.of(step("act", 1, "late"))));
        steps.put("protected", new CaseStudy.Ending("protected", BigDecimal.ONE, Feedback.NONE));
        steps.put("late", new CaseStudy.Ending("late", BigDecimal.ZERO, Feedback.NONE));
        steps.put("expelled", new CaseStudy.Ending("expelled", BigDecimal.ZERO, Feedback.NONE));
        CaseStudy study = new CaseStudy("case", BigDecimal.valueOf(3), "inspection", steps);
        QuestionFigures figures = only(
                quiz("case", List.of(item(study))),
                List.of(
                        sitting(1, Country.RS, Map.of(study, path("refer"))),
                        sitting(2, Country.RS, Map.of(study, path("wait", "act"))),
                        sitting(3, Country.RS, Map.of(study, path("wait"))),
                        sitting(4, Country.RS, Map.of(study, path("refer"))),
                        sitting(5, Country.RS, Map.of())));
        assertEquals(QuestionKind.CASE_STUDY, figures.kind());
        assertEquals("protected=2 late=1 expelled=0 unfinished=1 not-answered=1", counts(figures));
        assertEquals(Optional.of(new BigDecimal("1.40")), figures.mean(), "(3 + 1 + 0 + 3 + 0) / 5");
    }

    @Test
    void otherTypesCountFullPartialAndZeroScores() {
        MatchingQuestion matching =
                new MatchingQuestion("match", BigDecimal.valueOf(2), Map.of("p1", "x", "p2", "y"), Set.of("x", "y"));
        ShortAnswerQuestion shortAnswer =
                new ShortAnswerQuestion("short", BigDecimal.ONE, List.of("30 Tage"), false, false, Map.of());
        QuestionFigures figures = only(
                quiz("banded", List.of(item(matching), item(shortAnswer))),
                List.of(
                        sitting(
                                1,
                                Country.NL,
                                Map.of(
                                        matching,
                                        new Answer.Matching(Map.of("p1", "x", "p2", "y")),
                                        shortAnswer,
                                        text("30 tage"))),
                        sitting(
                                2,
                                Country.NL,
                                Map.of(
                                        matching,
                                        new Answer.Matching(Map.of("p1", "x", "p2", "x")),
                                        shortAnswer,
                                        text("90"))),
                        sitting(3, Country.NL, Map.of(matching, new Answer.Matching(Map.of("p1", "y")))),
                        sitting(4, Country.NL, Map.of())));
        assertEquals(QuestionKind.MATCHING, figures.kind());
        assertEquals("full=1 partial=1 zero=1 not-answered=1", counts(figures));
    }

    @Test
    void essaysAreBandedByTheTrainersGrade() {
        EssayQuestion essay = new EssayQuestion("essay", BigDecimal.valueOf(5));
        Score graded = essay.graded(new BigDecimal("3.5")).score();
        Answer text = text("The reflection period protects …");
        List<Sitting> sittings = List.of(
                new Sitting(1, Country.ES, null, Map.of("essay", graded), Map.of("essay", text)),
                new Sitting(2, Country.ES, null, Map.of("essay", Score.full(essay.points())), Map.of("essay", text)),
                new Sitting(3, Country.ES, null, Map.of(), Map.of("essay", text)),
                new Sitting(4, Country.ES, null, Map.of(), Map.of()));
        QuestionFigures figures = only(quiz("essay", List.of(item(essay))), sittings);
        assertEquals(QuestionKind.ESSAY, figures.kind());
        assertEquals("full=1 partial=1 zero=1 not-answered=1", counts(figures));
        assertEquals(3, figures.answered());
    }

    private static QuestionFigures only(Quiz quiz, List<Sitting> sittings) {
        return new ItemAnalysis(quiz).figures(sittings).questions().get(0);
    }

    private static CaseStudy.Choice step(String id, int points, String target) {
        return new CaseStudy.Choice(
                id, BigDecimal.valueOf(points), Feedback.NONE, List.of(new CaseStudy.Route(Optional.empty(), target)));
    }

    private static Answer path(String... choiceIds) {
        return new Answer.Path(List.of(choiceIds));
    }

    private static Answer text(String text) {
        return new Answer.Text(text);
    }
}
