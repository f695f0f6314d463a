package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.ShortAnswerQuestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every GIFT question type we support, imported and graded by our rules. */
class GiftReaderTest {

    private final GiftReader reader = new GiftReader();

    private GiftImport read(String gift) {
        return reader.read(gift, Language.EN);
    }

    private static Question only(GiftImport imported) {
        assertEquals(1, imported.questions().size(), () -> "one question expected, notes: " + imported.notes());
        return imported.questions().get(0).item().question();
    }

    private static String points(Question question, Answer answer) {
        return question.grade(answer, null).score().points().toPlainString();
    }

    private static Feedback says(String text) {
        return new Feedback(Map.of(Language.EN, text), Optional.empty());
    }

    @Test
    void singleChoiceWithFeedbackIsAllOrNothing() {
        GiftImport imported = read("""
                // Victim protection, module 2
                ::Reflection period::How long is the recovery and reflection period under CETS No. 197, Art. 13? {
                    =at least 30 days#Right: Art. 13 sets a minimum of 30 days.
                    ~at least 7 days#No: that is far below the minimum.
                    ~as long as the police decide
                }
                """);
        GiftImport.Imported question = imported.questions().get(0);
        assertEquals(List.of(), imported.notes());
        assertEquals(2, question.line());
        assertEquals(
                new ChoiceQuestion(
                        "reflection-period",
                        BigDecimal.ONE,
                        false,
                        List.of(
                                new ChoiceQuestion.Option("a", true, says("Right: Art. 13 sets a minimum of 30 days.")),
                                new ChoiceQuestion.Option("b", false, says("No: that is far below the minimum.")),
                                new ChoiceQuestion.Option("c", false, Feedback.NONE)),
                        Map.of()),
                question.item().question());
        assertEquals(
                "How long is the recovery and reflection period under CETS No. 197, Art. 13?",
                question.item().text().get(Language.EN));
        assertEquals(
                Map.of(Language.EN, "at least 30 days"),
                question.item().labels().get("a"));
        assertEquals("1.00", points(question.item().question(), new Answer.Choice(Set.of("a"))));
        assertEquals("0.00", points(question.item().question(), new Answer.Choice(Set.of("b"))));
    }

    @Test
    void multipleChoiceWithOurWeightsIsGradedRightMinusWrong() {
        GiftImport imported = read("""
                Which support must a presumed victim get during the reflection period (CETS No. 197, Art. 12)? {
                    ~%50%safe accommodation
                    ~%50%emergency medical treatment
                    ~%-100%detention until identification
                }""");
        assertEquals(List.of(), imported.notes());
        ChoiceQuestion question = (ChoiceQuestion) only(imported);
        assertTrue(question.multiple());
        assertEquals(Set.of("a", "b"), question.correctFor(null));
        assertEquals("1.00", points(question, new Answer.Choice(Set.of("a", "b"))));
        assertEquals("0.50", points(question, new Answer.Choice(Set.of("a"))));
        assertEquals("0.00", points(question, new Answer.Choice(Set.of("a", "c"))));
    }

    @Test
    void otherWeightsAreReplacedByRightMinusWrongWithAWarning() {
        GiftImport imported = read("""
                ::first::Who may refer a presumed victim? {~%100%a labour inspector ~a neighbour ~nobody}

                ::second::Which authorities identify victims? {
                    ~%50%the police
                    ~%50%specialised NGOs with a mandate
                    ~the tax office
                }""");
        assertEquals(
                List.of(GiftNote.warning(1, "gift.weight.differs"), GiftNote.warning(3, "gift.weight.differs")),
                imported.notes());
        Question first = imported.questions().get(0).item().question();
        assertEquals("0.50", points(first, new Answer.Choice(Set.of("a", "b"))));
    }

    @Test
    void trueFalseTakesMoodlesFeedbackOrder() {
        GiftImport imported = read("""
                Victims must cooperate with the police before they are granted a reflection period.{F#Wrong: the period does not depend on cooperation.#Right: Art. 13 sets no such condition.}

                The reflection period lasts at least 30 days.{T}

                ::tf3::Expulsion orders cannot be enforced during the period.{TRUE}
                """);
        assertEquals(3, imported.questions().size());
        Question cooperation = imported.questions().get(0).item().question();
        assertEquals(
                ChoiceQuestion.trueFalse(
                        "q1",
                        BigDecimal.ONE,
                        false,
                        says("Wrong: the period does not depend on cooperation."),
                        says("Right: Art. 13 sets no such condition.")),
                cooperation);
        assertEquals("1.00", points(cooperation, new Answer.Choice(Set.of("false"))));
        assertEquals(
                ChoiceQuestion.trueFalse("q2", BigDecimal.ONE, true, Feedback.NONE, Feedback.NONE),
                imported.questions().get(1).item().question());
        assertEquals(3, imported.questions().get(1).line());
        assertEquals("tf3", imported.questions().get(2).item().question().id());
    }

    @Test
    void onlyRightAnswersMakeAShortAnswerThatIgnoresCaseAndAccents() {
        ShortAnswerQuestion question = (ShortAnswerQuestion)
                only(read("How long is the reflection period in Spain at least? {=90 días =noventa días}"));
        assertEquals(
                new ShortAnswerQuestion(
                        "q1", BigDecimal.ONE, List.of("90 días", "noventa días"), false, false, Map.of()),
                question);
        assertEquals("1.00", points(question, new Answer.Text("  NOVENTA   dias ")));
        assertEquals("0.00", points(question, new Answer.Text("30 días")));
    }

    @Test
    void matchingPairsPromptsWithAnswersAndKeepsExtraAnswers() {
        GiftImport imported = read("""
                Match each article of CETS No. 197 with what it guarantees. {
                    =Art. 12 -> assistance to victims
                    =Art. 13 -> a recovery and reflection period
                    =Art. 14 -> a residence permit
                    = -> expulsion to the country of origin
                }""");
        MatchingQuestion question = (MatchingQuestion) only(imported);
        assertEquals(Map.of("p1", "a1", "p2", "a2", "p3", "a3"), question.correctPairs());
        assertEquals(Set.of("a1", "a2", "a3", "a4"), question.answers());
        Map<String, Map<Language, String>> labels =
                imported.questions().get(0).item().labels();
        assertEquals("Art. 13", labels.get("p2").get(Language.EN));
        assertEquals("expulsion to the country of origin", labels.get("a4").get(Language.EN));
        assertEquals("0.33", points(question, new Answer.Matching(Map.of("p1", "a1", "p2", "a4", "p3", "a4"))));
    }

    @Test
    void anEmptyBlockIsAnEssayAwaitingTheTrainer() {
        Question question = only(read("Describe how you would refer a presumed victim in your country. {}"));
        assertEquals(new EssayQuestion("q1", BigDecimal.ONE), question);
        assertTrue(question.grade(new Answer.Text("First I would..."), null).awaitingTrainer());
    }

    @Test
    void titlesBecomeUniqueSlugsAndUntitledQuestionsAreNumbered() {
        GiftImport imported = read("""
                ::Période de réflexion (Art. 13)::Combien de jours au moins ? {=30}

                ::Période de réflexion (Art. 13)::Qui décide ? {=l’autorité compétente}

                Untitled {}

                ::%%%::Untitled by its title {}
                """);
        assertEquals(
                List.of("periode-de-reflexion-art-13", "periode-de-reflexion-art-13-2", "q3", "q4"),
                imported.questions().stream().map(q -> q.item().question().id()).toList());
        String longTitle = "::" + "Identification ".repeat(10) + "::Text {}";
        String id = only(read(longTitle)).id();
        assertTrue(id.matches("[a-z0-9][a-z0-9-]{0,63}"), id);
    }

    @Test
    void categoriesAndTagCommentsBecomeTags() {
        GiftImport imported = read("""
                $CATEGORY: $course$/top/Victim protection/Reflection period

                // [tag:CETS-197] [tag:basics]
                How long? {=30 days}

                Who decides? {=the competent authority}
                """);
        assertEquals(
                List.of("Reflection period", "CETS-197", "basics"),
                imported.questions().get(0).tags());
        assertEquals(List.of("Reflection period"), imported.questions().get(1).tags());
    }

    @Test
    void escapesAreResolved() {
        GiftImport imported = read("""
                ::Escapes \\:: in titles::Is \\{CETS\\} No\\. 197 \\= \\~ \\#13\\: a\\\\b?\\nSay so. {=yes \\= sure#it\\#s right ~no}""");
        GiftImport.Imported question = imported.questions().get(0);
        assertEquals("escapes-in-titles", question.item().question().id());
        assertEquals(
                "Is {CETS} No\\. 197 = ~ #13: a\\b?\nSay so.",
                question.item().text().get(Language.EN));
        assertEquals("yes = sure", question.item().labels().get("a").get(Language.EN));
        assertEquals(
                says("it#s right"),
                ((ChoiceQuestion) question.item().question()).options().get(0).feedback());
    }

    @Test
    void formatMarkersAreStrippedAndHtmlBecomesPlainTextWithAWarning() {
        GiftImport imported = read("""
                [markdown]Who *refers* victims? {=NGOs ~nobody}

                ::html::[html]<p>Which article grants the <b>reflection period</b> &amp; protection?</p> {=<i>Art. 13</i> ~Art. 4}
                """);
        assertEquals(
                "Who *refers* victims?",
                imported.questions().get(0).item().text().get(Language.EN));
        Map<Language, String> text = imported.questions().get(1).item().text();
        assertEquals("Which article grants the reflection period & protection?", text.get(Language.EN));
        assertEquals(
                "Art. 13", imported.questions().get(1).item().labels().get("a").get(Language.EN));
        assertEquals(List.of(GiftNote.warning(3, "gift.html")), imported.notes());
    }

    @Test
    void formatMarkersOfAnswersAndFeedbackAreStrippedOrInterpretedToo() {
        GiftImport imported = read("""
                [plain]Who refers victims? {=[moodle]NGOs#[html]<b>Right</b>: NGOs &amp; others. ~[markdown]nobody#[plain]No.}

                [markdown]Match. {=[plain]CETS No. 197 -> [html]<i>Council of Europe</i> =[moodle]Palermo Protocol -> [markdown]United Nations}

                Is the period at least 30 days? {T#[plain]No, it is.#[markdown]Right.####[html]<p>General feedback.</p>}

                [html]<p>Name the convention.</p> {=[plain]CETS No. 197 =<b>Warsaw</b>}
                """);
        Quiz.Item choice = imported.questions().get(0).item();
        assertEquals("NGOs", choice.labels().get("a").get(Language.EN));
        assertEquals("nobody", choice.labels().get("b").get(Language.EN));
        assertEquals(
                says("Right: NGOs & others."),
                ((ChoiceQuestion) choice.question()).options().get(0).feedback());
        assertEquals(
                says("No."),
                ((ChoiceQuestion) choice.question()).options().get(1).feedback());
        Quiz.Item matching = imported.questions().get(1).item();
        assertEquals(Map.of(Language.EN, "CETS No. 197"), matching.labels().get("p1"));
        assertEquals(Map.of(Language.EN, "Council of Europe"), matching.labels().get("a1"));
        assertEquals(Map.of(Language.EN, "Palermo Protocol"), matching.labels().get("p2"));
        assertEquals(Map.of(Language.EN, "United Nations"), matching.labels().get("a2"));
        ChoiceQuestion trueFalse =
                (ChoiceQuestion) imported.questions().get(2).item().question();
        assertEquals(says("Right."), trueFalse.options().get(0).feedback());
        assertEquals(says("No, it is."), trueFalse.options().get(1).feedback());
        assertEquals(
                List.of("CETS No. 197", "Warsaw"),
                ((ShortAnswerQuestion) imported.questions().get(3).item().question()).accepted(),
                "an [html] question's answers are HTML too, unless marked otherwise");
        assertEquals(
                List.of(
                        GiftNote.warning(1, "gift.html"),
                        GiftNote.warning(3, "gift.html"),
                        GiftNote.warning(5, "gift.unsupported.generalfeedback"),
                        GiftNote.warning(7, "gift.html")),
                imported.notes());
    }

    @Test
    void anIdOfTheBankIsKeptOnlyWhenReplacingIsAsked() {
        String gift = "::Period::How long? {=30 days ~7 days}\n\n::period::Again? {T}\n\n::days::How many days? {T}";
        assertEquals(
                List.of("period-3", "period-4", "days"),
                ids(reader.read(gift, Language.EN, Set.of("period", "period-2"), false)));
        assertEquals(
                List.of("period", "period-3", "days"),
                ids(reader.read(gift, Language.EN, Set.of("period", "period-2"), true)));
        assertEquals(
                List.of("period", "period", "days"),
                reader.read(gift, Language.EN, Set.of("period"), false).questions().stream()
                        .map(GiftImport.Imported::requestedId)
                        .toList(),
                "the id the file asked for is kept for the report");
    }

    private static List<String> ids(GiftImport imported) {
        return imported.questions().stream().map(GiftImport.Imported::id).toList();
    }

    @Test
    void textsGoIntoTheChosenLanguage() {
        GiftImport imported = reader.read(
                "Wie lange dauert die Erholungs- und Bedenkzeit? {=mindestens 30 Tage ~7 Tage}", Language.DE);
        assertEquals(
                Map.of(Language.DE, "mindestens 30 Tage"),
                imported.questions().get(0).item().labels().get("a"));
        assertInstanceOf(
                ChoiceQuestion.class, imported.questions().get(0).item().question());
    }
}
