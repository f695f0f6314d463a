package eu.restproject.academy.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grading of every question type against the worked examples in docs/grading.md. */
class GradingTest {

    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal THREE = new BigDecimal("3");

    private static Feedback says(String english) {
        return new Feedback(Map.of(Language.EN, english), Optional.of(new Feedback.Ground("CETS No. 197", "Art. 13")));
    }

    private static String points(Grade grade) {
        return grade.score().points().toPlainString();
    }

    /** "Who may be expelled during the reflection period?" a: nobody (correct), b: anyone without papers. */
    private static final ChoiceQuestion SINGLE = new ChoiceQuestion(
            "q1",
            TWO,
            false,
            List.of(
                    new ChoiceQuestion.Option("a", true, says("Right: no expulsion during the period.")),
                    new ChoiceQuestion.Option("b", false, says("No: the period protects exactly them."))),
            Map.of());

    @Test
    void singleChoiceIsAllOrNothing() {
        assertEquals("2.00", points(SINGLE.grade(new Answer.Choice(Set.of("a")), Country.AT)));
        assertEquals("0.00", points(SINGLE.grade(new Answer.Choice(Set.of("b")), Country.AT)));
        assertEquals("0.00", points(SINGLE.grade(new Answer.Choice(Set.of()), Country.AT)), "no answer");
        assertThrows(InvalidInputException.class, () -> SINGLE.grade(new Answer.Choice(Set.of("a", "b")), Country.AT));
        assertThrows(InvalidInputException.class, () -> SINGLE.grade(new Answer.Choice(Set.of("z")), Country.AT));
        assertThrows(InvalidInputException.class, () -> SINGLE.grade(new Answer.Text("a"), Country.AT));
    }

    @Test
    void trueFalseIsASingleChoice() {
        ChoiceQuestion statement = ChoiceQuestion.trueFalse("q2", BigDecimal.ONE, true, says("Yes."), says("No."));
        assertEquals("1.00", points(statement.grade(new Answer.Choice(Set.of("true")), null)));
        assertEquals("0.00", points(statement.grade(new Answer.Choice(Set.of("false")), null)));
    }

    /** Five options, a, b, c correct, d, e incorrect; 3 points; "right minus wrong". */
    private static final ChoiceQuestion MULTIPLE = new ChoiceQuestion(
            "q3",
            THREE,
            true,
            List.of(
                    new ChoiceQuestion.Option("a", true, Feedback.NONE),
                    new ChoiceQuestion.Option("b", true, Feedback.NONE),
                    new ChoiceQuestion.Option("c", true, Feedback.NONE),
                    new ChoiceQuestion.Option("d", false, Feedback.NONE),
                    new ChoiceQuestion.Option("e", false, Feedback.NONE)),
            Map.of());

    @Test
    void multipleChoiceEarnsRightMinusWrong() {
        assertEquals("3.00", points(MULTIPLE.grade(new Answer.Choice(Set.of("a", "b", "c")), null)));
        // 2/3 right: 3 x 2/3 = 2.00
        assertEquals("2.00", points(MULTIPLE.grade(new Answer.Choice(Set.of("a", "b")), null)));
        // 3/3 right, 1/2 wrong: 3 x (1 - 0.5) = 1.50
        assertEquals("1.50", points(MULTIPLE.grade(new Answer.Choice(Set.of("a", "b", "c", "d")), null)));
        // 1/3 right, 1/2 wrong: 3 x (0.333 - 0.5) < 0, so 0
        assertEquals("0.00", points(MULTIPLE.grade(new Answer.Choice(Set.of("a", "d")), null)));
        // everything ticked: 3 x (1 - 1) = 0
        assertEquals("0.00", points(MULTIPLE.grade(new Answer.Choice(Set.of("a", "b", "c", "d", "e")), null)));
        // 1/3 right: 3 x 1/3 = 1.00
        assertEquals("1.00", points(MULTIPLE.grade(new Answer.Choice(Set.of("c")), null)));
    }

    @Test
    void aCountryVariantChangesTheCorrectAnswerAndFeedback() {
        ChoiceQuestion withVariant = new ChoiceQuestion(
                "q4",
                TWO,
                false,
                SINGLE.options(),
                Map.of(Country.ES, new ChoiceQuestion.Variant(Set.of("b"), Map.of("b", says("In Spain, b.")))));
        assertEquals("2.00", points(withVariant.grade(new Answer.Choice(Set.of("b")), Country.ES)));
        assertEquals("0.00", points(withVariant.grade(new Answer.Choice(Set.of("a")), Country.ES)));
        assertEquals("2.00", points(withVariant.grade(new Answer.Choice(Set.of("a")), Country.FR)), "others fall back");
        assertEquals(
                "In Spain, b.", withVariant.feedbackFor("b", Country.ES).text().get(Language.EN));
        assertEquals(
                "No: the period protects exactly them.",
                withVariant.feedbackFor("b", Country.FR).text().get(Language.EN));
        assertEquals(
                "Art. 13",
                withVariant.feedbackFor("a", Country.ES).ground().get().article());
    }

    @Test
    void matchingCreditsEachCorrectPair() {
        MatchingQuestion match = new MatchingQuestion(
                "q5",
                THREE,
                Map.of("reflection", "art13", "residence", "art14", "non-punishment", "art26"),
                Set.of("art13", "art14", "art26", "art10"));
        assertEquals(
                "3.00",
                points(match.grade(
                        new Answer.Matching(
                                Map.of("reflection", "art13", "residence", "art14", "non-punishment", "art26")),
                        null)));
        assertEquals(
                "1.00",
                points(match.grade(
                        new Answer.Matching(
                                Map.of("reflection", "art13", "residence", "art26", "non-punishment", "art10")),
                        null)));
        assertEquals(
                "2.00",
                points(match.grade(new Answer.Matching(Map.of("reflection", "art13", "residence", "art14")), null)),
                "an unanswered prompt earns nothing");
        assertThrows(
                InvalidInputException.class,
                () -> match.grade(new Answer.Matching(Map.of("reflection", "art99")), null));
    }

    @Test
    void orderingCreditsItemsInTheirPlace() {
        OrderingQuestion order =
                new OrderingQuestion("q6", new BigDecimal("4"), List.of("identify", "refer", "reflect", "permit"));
        assertEquals(
                "4.00",
                points(order.grade(new Answer.Ordering(List.of("identify", "refer", "reflect", "permit")), null)));
        // identify and permit in place: 4 x 2/4 = 2.00
        assertEquals(
                "2.00",
                points(order.grade(new Answer.Ordering(List.of("identify", "reflect", "refer", "permit")), null)));
        assertEquals(
                "0.00",
                points(order.grade(new Answer.Ordering(List.of("permit", "identify", "refer", "reflect")), null)));
        assertThrows(
                InvalidInputException.class,
                () -> order.grade(new Answer.Ordering(List.of("identify", "refer")), null));
    }

    @Test
    void shortAnswersIgnoreCaseAndAccentsUnlessAsked() {
        ShortAnswerQuestion days = new ShortAnswerQuestion(
                "q7",
                BigDecimal.ONE,
                List.of("30 Tage", "dreißig Tage"),
                false,
                false,
                Map.of(Country.ES, List.of("90 días")));
        assertEquals("1.00", points(days.grade(new Answer.Text("  30   tage "), Country.AT)));
        assertEquals("1.00", points(days.grade(new Answer.Text("DREISSIG TAGE".replace("SS", "ß")), Country.AT)));
        assertEquals("0.00", points(days.grade(new Answer.Text("31 Tage"), Country.AT)));
        assertEquals(
                "1.00", points(days.grade(new Answer.Text("90 dias"), Country.ES)), "accent-insensitive by default");
        assertEquals(
                "0.00",
                points(days.grade(new Answer.Text("30 Tage"), Country.ES)),
                "Spain's variant replaces the general answer");
        ShortAnswerQuestion strict =
                new ShortAnswerQuestion("q8", BigDecimal.ONE, List.of("Délai"), true, true, Map.of());
        assertEquals("0.00", points(strict.grade(new Answer.Text("delai"), null)));
        assertEquals("1.00", points(strict.grade(new Answer.Text("Délai"), null)));
        assertEquals("0.00", points(days.grade(new Answer.Text("<script>alert(1)</script>"), null)));
    }

    @Test
    void essaysWaitForTheTrainerWhoseGradeMustFit() {
        EssayQuestion essay = new EssayQuestion("q9", new BigDecimal("5"));
        Grade pending = essay.grade(new Answer.Text("The authority must first..."), null);
        assertTrue(pending.awaitingTrainer());
        assertEquals("0.00", points(pending));
        assertEquals("3.50", points(essay.graded(new BigDecimal("3.5"))));
        assertThrows(InvalidInputException.class, () -> essay.graded(new BigDecimal("5.01")));
        assertThrows(InvalidInputException.class, () -> essay.graded(new BigDecimal("-1")));
    }

    @Test
    void percentagesAreRoundedHalfUp() {
        Score total = new Score(new BigDecimal("2"), new BigDecimal("3"));
        assertEquals("66.67", total.percent().toPlainString());
        assertEquals(
                "1.67",
                Score.of(new BigDecimal("5"), new BigDecimal("0.333333"))
                        .points()
                        .toPlainString());
    }

    /** Worked example in docs/grading.md: the same matching and ordering, with a Dutch and a Moldovan variant. */
    @Test
    void matchingAndOrderingFollowTheLearnersCountryVariant() {
        MatchingQuestion matching = new MatchingQuestion(
                "m",
                TWO,
                Map.of("reflection", "art13", "residence", "art14"),
                Set.of("art13", "art14", "art26"),
                Map.of(Country.NL, Map.of("residence", "art26")));
        Answer.Matching answer = new Answer.Matching(Map.of("reflection", "art13", "residence", "art26"));
        assertEquals("1.00", points(matching.grade(answer, Country.AT)), "1 of 2 pairs right by the general answer");
        assertEquals("2.00", points(matching.grade(answer, Country.NL)), "both right by the Dutch variant");

        OrderingQuestion ordering = new OrderingQuestion(
                "o",
                THREE,
                List.of("identify", "refer", "assist"),
                Map.of(Country.MD, List.of("refer", "identify", "assist")));
        Answer.Ordering order = new Answer.Ordering(List.of("refer", "identify", "assist"));
        assertEquals("1.00", points(ordering.grade(order, null)), "only 'assist' in place by the general order");
        assertEquals("3.00", points(ordering.grade(order, Country.MD)));
        assertThrows(
                InvalidInputException.class,
                () -> ordering.grade(new Answer.Ordering(List.of("refer", "identify")), Country.MD));
    }

    @Test
    void aTrueFalseStatementMayBeTrueInOneCountry() {
        ChoiceQuestion statement = ChoiceQuestion.trueFalse("tf", BigDecimal.ONE, false, Feedback.NONE, Feedback.NONE);
        ChoiceQuestion varied = new ChoiceQuestion(
                "tf",
                BigDecimal.ONE,
                false,
                statement.options(),
                Map.of(
                        Country.AT,
                        new ChoiceQuestion.Variant(Set.of("true"), Map.of("true", says("In Austria it does.")))));
        Answer.Choice saysTrue = new Answer.Choice(Set.of("true"));
        assertEquals("0.00", points(varied.grade(saysTrue, Country.FR)));
        assertEquals("1.00", points(varied.grade(saysTrue, Country.AT)));
        assertEquals(
                "In Austria it does.",
                varied.feedbackFor("true", Country.AT).text().get(Language.EN));
    }
}
