package eu.restproject.academy.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Input meant to break or stall the reader gives notes, never an exception, and quickly. */
class GiftHostileInputTest {

    private final GiftReader reader = new GiftReader();

    static List<String> hostile() {
        return List.of(
                "{".repeat(10_000),
                "}".repeat(10_000),
                "{\n".repeat(10_000),
                "Q {=a ~b}\\",
                "Q {=a ~b\\",
                "\\",
                "::",
                "::\\",
                "Q {=a ~b#\\",
                "Q {T#\\",
                "Q {~%",
                "Q {~%50",
                "Q {=->}",
                "Q {= -> }",
                "Q {" + "~".repeat(100_000) + "}",
                "Q {" + "=a->b ".repeat(50_000) + "}",
                "[html]" + "<".repeat(200_000) + " {}",
                "::" + ":".repeat(200_000),
                "Q {" + "#".repeat(200_000) + "}",
                "Q {~%" + "9".repeat(100_000) + "%a ~b}",
                "Q {~%1e999999999%a ~b}",
                "\\".repeat(100_001),
                "$CATEGORY:",
                "$CATEGORY: /",
                "// [tag:" + "[".repeat(100_000),
                "\r\n\r\n\r",
                "");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void neverThrowsNorStalls(String gift) {
        GiftImport imported = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(gift, Language.EN));
        imported.questions().forEach(q -> assertTrue(q.item().question().id().matches("[a-z0-9][a-z0-9-]{0,63}")));
    }

    @Test
    void tenThousandOpeningBracesAreOneErrorOnLineOne() {
        assertEquals(
                List.of(GiftNote.error(1, "gift.brace.unclosed")),
                reader.read("{".repeat(10_000), Language.EN).notes());
    }

    @Test
    void aTooLargeInputIsRefusedWithAnError() {
        GiftImport imported = reader.read("Q {}\n\n".repeat(GiftReader.MAX_CHARACTERS / 6 + 1), Language.EN);
        assertEquals(List.of(GiftNote.error(0, "gift.limit.size", GiftReader.MAX_CHARACTERS)), imported.notes());
        assertEquals(List.of(), imported.questions());
    }

    @Test
    void tooManyQuestionsStopAtTheLimitWithAnError() {
        GiftImport imported = reader.read("Q {}\n\n".repeat(GiftReader.MAX_QUESTIONS + 5), Language.EN);
        assertEquals(GiftReader.MAX_QUESTIONS, imported.questions().size());
        assertEquals(
                List.of(GiftNote.error(
                        2 * GiftReader.MAX_QUESTIONS + 1, "gift.limit.questions", GiftReader.MAX_QUESTIONS)),
                imported.notes());
    }

    @Test
    void nullIsRefusedLikeATooLargeInput() {
        assertTrue(reader.read(null, Language.EN).hasErrors());
    }

    @Test
    void aWeightWithAHugeExponentIsRefusedAtOnce() {
        GiftImport imported = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> reader.read(
                        "Grounds?{~%1e-100000000%a ~%50%b ~%50%c}\n\nOther?{~%1e-999999999%a ~b =c}", Language.EN));
        org.junit.jupiter.api.Assertions.assertEquals(0, imported.questions().size());
        org.junit.jupiter.api.Assertions.assertTrue(
                imported.notes().stream().allMatch(GiftNote::isError),
                imported.notes().toString());
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of(1, 3),
                imported.notes().stream().map(GiftNote::line).toList());
    }

    @Test
    void aQuestionWithThousandsOfAnswersIsSkippedQuicklyWithItsLine() {
        String answers = "=a ".repeat(300_000);
        GiftImport imported = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> reader.read("Q?{" + answers + "}", Language.EN));
        org.junit.jupiter.api.Assertions.assertEquals(0, imported.questions().size());
        org.junit.jupiter.api.Assertions.assertEquals(
                "gift.answers.tooMany",
                imported.notes().get(0).key(),
                imported.notes().toString());
    }
}
