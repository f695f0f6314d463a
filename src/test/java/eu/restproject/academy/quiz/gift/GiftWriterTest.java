package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GIFT we write, and what we report when GIFT cannot hold a question as we have it. */
class GiftWriterTest {

    private final GiftWriter writer = new GiftWriter();

    private static Map<Language, String> en(String text) {
        return Map.of(Language.EN, text);
    }

    private static ChoiceQuestion.Option option(String id, boolean correct) {
        return new ChoiceQuestion.Option(id, correct, Feedback.NONE);
    }

    @Test
    void multipleChoiceCarriesTheWeightsOfRightMinusWrong() {
        ChoiceQuestion question = new ChoiceQuestion(
                "support",
                BigDecimal.ONE,
                true,
                List.of(
                        option("a", true),
                        option("b", true),
                        option("c", true),
                        option("d", false),
                        option("e", false)),
                Map.of());
        Map<String, Map<Language, String>> labels = Map.of(
                "a",
                en("safe accommodation"),
                "b",
                en("medical treatment"),
                "c",
                en("translation"),
                "d",
                en("detention"),
                "e",
                en("expulsion"));
        GiftExport export = writer.write(
                List.of(new Quiz.Item(question, en("Which support does Art. 12 require?"), labels)), Language.EN);
        assertEquals("""
                ::support::Which support does Art. 12 require? {
                \t~%33.33333%safe accommodation
                \t~%33.33333%medical treatment
                \t~%33.33333%translation
                \t~%-50%detention
                \t~%-50%expulsion
                }

                """, export.text());
        assertEquals(List.of(), export.notes());
        GiftImport back = new GiftReader().read(export.text(), Language.EN);
        assertEquals(List.of(), back.notes());
        Question imported = back.questions().get(0).item().question();
        for (Set<String> chosen :
                List.of(Set.of("a", "b"), Set.of("a", "b", "c", "d"), Set.of("a", "d"), Set.of("a", "b", "c"))) {
            assertEquals(
                    question.grade(new Answer.Choice(chosen), null),
                    imported.grade(new Answer.Choice(chosen), null),
                    chosen.toString());
        }
    }

    @Test
    void specialCharactersAreEscaped() {
        ShortAnswerQuestion question =
                new ShortAnswerQuestion("escapes", BigDecimal.ONE, List.of("{30} = ~a month"), false, false, Map.of());
        String text = writer.write(
                        List.of(new Quiz.Item(question, en("Art. 13: #days?\nSay \\how long."), Map.of())), Language.EN)
                .text();
        assertEquals("::escapes::Art. 13\\: \\#days?\\nSay \\\\how long. {=\\{30\\} \\= \\~a month}\n\n", text);
    }

    @Test
    void whatGiftCannotHoldIsReported() {
        Feedback cited = new Feedback(
                en("No expulsion during the period."), Optional.of(new Feedback.Ground("CETS No. 197", "Art. 13")));
        ChoiceQuestion withVariant = new ChoiceQuestion(
                "variant",
                BigDecimal.ONE,
                false,
                List.of(new ChoiceQuestion.Option("a", true, cited), option("b", false)),
                Map.of(Country.AT, new ChoiceQuestion.Variant(Set.of("b"), Map.of())));
        List<Quiz.Item> items = List.of(
                new Quiz.Item(
                        new CaseStudy("case", BigDecimal.TEN, "start", Map.of()),
                        en("A labour inspection..."),
                        Map.of()),
                new Quiz.Item(
                        new OrderingQuestion("order", BigDecimal.ONE, List.of("identify", "refer")),
                        en("Order the steps."),
                        Map.of()),
                new Quiz.Item(
                        withVariant,
                        Map.of(Language.EN, "Who may be expelled?", Language.DE, "Wer darf ausgewiesen werden?"),
                        Map.of(
                                "a",
                                Map.of(Language.EN, "nobody", Language.DE, "niemand"),
                                "b",
                                en("anyone without papers"))),
                new Quiz.Item(
                        new ShortAnswerQuestion(
                                "strict",
                                BigDecimal.ONE,
                                List.of("30 Tage"),
                                true,
                                false,
                                Map.of(Country.RS, List.of("30 dana"))),
                        en("How long?"),
                        Map.of()));
        GiftExport export = writer.write(items, Language.DE);
        assertEquals(
                List.of(
                        GiftNote.exportWarning(1, "case", "gift.export.casestudy"),
                        GiftNote.exportWarning(2, "order", "gift.export.ordering"),
                        GiftNote.exportWarning(3, "variant", "gift.export.variant", "AT"),
                        GiftNote.exportWarning(3, "variant", "gift.export.ground"),
                        GiftNote.exportWarning(3, "variant", "gift.export.language", "de"),
                        GiftNote.exportWarning(4, "strict", "gift.export.variant", "RS"),
                        GiftNote.exportWarning(4, "strict", "gift.export.sensitivity"),
                        GiftNote.exportWarning(4, "strict", "gift.export.language", "de")),
                export.notes());
        assertTrue(
                export.text().contains("=niemand#No expulsion during the period. (CETS No. 197, Art. 13)"),
                export.text());
        assertTrue(export.text().contains("~anyone without papers"), export.text());
        assertTrue(!export.text().contains("case") && !export.text().contains("order"), export.text());
    }

    @Test
    void trueFalseWritesMoodlesFeedbackOrder() {
        ChoiceQuestion statement = ChoiceQuestion.trueFalse(
                "cooperation",
                BigDecimal.ONE,
                false,
                new Feedback(en("Wrong: no condition of cooperation."), Optional.empty()),
                Feedback.NONE);
        String text = writer.write(
                        List.of(new Quiz.Item(statement, en("Victims must cooperate first."), Map.of())), Language.EN)
                .text();
        assertEquals(
                "::cooperation::Victims must cooperate first. {FALSE#Wrong\\: no condition of cooperation.}\n\n", text);
    }
}
