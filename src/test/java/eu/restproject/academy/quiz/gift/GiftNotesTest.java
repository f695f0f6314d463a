package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader cannot take over is reported with the line it is on; malformed questions are skipped with an error. */
class GiftNotesTest {

    private final GiftReader reader = new GiftReader();

    private GiftImport read(String gift) {
        return reader.read(gift, Language.EN);
    }

    private static List<String> ids(GiftImport imported) {
        return imported.questions().stream().map(q -> q.item().question().id()).toList();
    }

    @Test
    void numericalQuestionsAreSkippedWithAWarning() {
        GiftImport imported = read("""
                ::days::How many days does the reflection period last at least? {#30}

                // a comment

                ::next::Who grants it? {=the competent authority ~the employer}
                """);
        assertEquals(List.of(GiftNote.warning(1, "gift.unsupported.numerical")), imported.notes());
        assertEquals(List.of("next"), ids(imported));
    }

    @Test
    void aQuestionWithoutAnswerBlockIsADescriptionAndSkipped() {
        GiftImport imported =
                read("\n\nThe following questions are about CETS No. 197.\n\nWho refers victims? {=NGOs ~nobody}");
        assertEquals(List.of(GiftNote.warning(3, "gift.unsupported.description")), imported.notes());
        assertEquals(List.of("q2"), ids(imported));
    }

    @Test
    void generalFeedbackIsDroppedWithAWarning() {
        GiftImport imported = read("""
                Who refers victims? {
                    =specialised NGOs
                    ~nobody
                    ####See the national referral mechanism.
                }""");
        assertEquals(List.of(GiftNote.warning(4, "gift.unsupported.generalfeedback")), imported.notes());
        assertEquals(1, imported.questions().size());
    }

    @Test
    void weightsOnASingleChoiceAreIgnoredWithAWarning() {
        GiftImport imported = read("\nWho refers victims? {=specialised NGOs ~%50%the police ~nobody}");
        assertEquals(List.of(GiftNote.warning(2, "gift.weight.single")), imported.notes());
        assertEquals(1, imported.questions().size());
    }

    @Test
    void missingWordKeepsTheQuestionWithABlank() {
        GiftImport imported = read("The reflection period lasts at least {=30 days ~7 days} under Art. 13.");
        assertEquals(List.of(GiftNote.warning(1, "gift.missingword")), imported.notes());
        assertEquals(
                "The reflection period lasts at least _____ under Art. 13.",
                imported.questions().get(0).item().text().get(Language.EN));
    }

    @Test
    void feedbackAndPartialWeightsOnShortAnswersAreReported() {
        GiftImport imported = read("How long? {=30 days#Right. =%50%a month =%0%a week#Too short.}");
        assertEquals(
                List.of(GiftNote.warning(1, "gift.weight.ignored"), GiftNote.warning(1, "gift.feedback.dropped")),
                imported.notes());
        assertEquals(
                "1.00",
                imported.questions()
                        .get(0)
                        .item()
                        .question()
                        .grade(new eu.restproject.academy.quiz.Answer.Text("a month"), null)
                        .score()
                        .points()
                        .toPlainString());
    }

    @Test
    void anUnclosedBraceIsAnErrorOnItsLine() {
        GiftImport imported = read("""
                ::ok::Who refers victims? {=NGOs ~nobody}

                ::broken::How long is the
                reflection period? {
                    =30 days
                    ~7 days

                ::after::Who decides? {=the authority ~the employer}
                """);
        assertEquals(List.of(GiftNote.error(4, "gift.brace.unclosed")), imported.notes());
        assertEquals(List.of("ok", "after"), ids(imported));
        assertTrue(imported.hasErrors());
    }

    @Test
    void malformedQuestionsAreErrorsWithTheirLine() {
        GiftImport imported = read("""
                ::empty::{=30 days ~7 days}

                ::nocorrect::Who refers victims? {~NGOs ~nobody}

                ::unknown::Who refers victims? {maybe}

                ::stray::Who } refers victims? {=NGOs ~nobody}

                ::two::Who {=NGOs ~nobody} refers {=x}

                ::nested::Who {=NGOs {~nobody}

                ::title without end {=NGOs ~nobody}

                ::weight::Which? {~%abc%NGOs ~nobody}

                ::blank::Which? {=NGOs ~ #empty option}

                ::pairs::Match. {=Art. 13 -> reflection}

                ::arrow::Match. {=Art. 13 -> reflection =Art. 14}

                ::two-rights::Which? {=NGOs =the police ~nobody}

                ::single::Which? {~%100%NGOs}

                ::tf::True? {T#a#b#c}
                """);
        assertEquals(
                List.of(
                        GiftNote.error(1, "gift.text.empty"),
                        GiftNote.error(3, "gift.nocorrect"),
                        GiftNote.error(5, "gift.syntax"),
                        GiftNote.error(7, "gift.brace.unexpected"),
                        GiftNote.error(9, "gift.block.several"),
                        GiftNote.error(11, "gift.brace.unclosed"),
                        GiftNote.error(13, "gift.title.unclosed"),
                        GiftNote.error(15, "gift.weight.invalid"),
                        GiftNote.error(17, "gift.answer.empty"),
                        GiftNote.error(19, "gift.matching.pairs"),
                        GiftNote.error(21, "gift.matching.arrow"),
                        GiftNote.error(23, "gift.choice.onecorrect"),
                        GiftNote.error(25, "gift.choice.options"),
                        GiftNote.error(27, "gift.syntax")),
                imported.notes());
        assertEquals(List.of(), imported.questions());
    }

    @Test
    void everyNoteNamesItsLineAsFirstArgument() {
        GiftNote note = read("\n\nQ {#1}").notes().get(0);
        assertEquals(List.of("3"), note.args());
        assertEquals(GiftNote.Severity.WARNING, note.severity());
    }
}
