package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.quiz.Quiz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What is written as a quiz file reads back as the same quiz: every type, variant, ground and branch. */
class QuizWriterTest {

    private static Quiz read(String text) {
        QuizFile.Outcome outcome = QuizFile.read("quizzes/final.yaml", text);
        assertEquals(List.of(), outcome.problems());
        return outcome.quiz().orElseThrow();
    }

    @Test
    void everyQuestionTypeSurvivesTheRoundTrip() {
        Quiz original = read(Bundles.QUIZ);
        String written = QuizWriter.quiz(original);
        assertEquals(original, read(written), written);
        assertEquals(written, QuizWriter.quiz(read(written)), "writing again gives the same file");
    }

    @Test
    void variantGroundsAndEndingGroundsAreKept() {
        Quiz original = read(Bundles.QUIZ
                .replace(
                        "correct: [undocumented]\n",
                        "correct: [undocumented]\n"
                                + "        feedback: {undocumented: {en: \"In Spain: Art. 59 bis.\"}}\n"
                                + "        grounds: {undocumented: {instrument: Ley Orgánica 4/2000, article: Art. 59 bis}}\n")
                .replace(
                        "debrief: {en: Help came late.}",
                        "debrief: {en: Help came late.}, ground: {instrument: CETS No. 197, article: Art. 12}"));
        String written = QuizWriter.quiz(original);
        assertTrue(written.contains("Art. 59 bis") && written.contains("Art. 12"), written);
        assertEquals(original, read(written));
    }

    @Test
    void theShippedQuizzesSurviveTheRoundTrip() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("modules-content"))) {
            List<Path> quizzes =
                    files.filter(p -> p.toString().contains("/quizzes/")).toList();
            assertFalse(quizzes.isEmpty());
            for (Path file : quizzes) {
                Quiz original = read(Files.readString(file));
                assertEquals(original, read(QuizWriter.quiz(original)), file.toString());
            }
        }
    }

    @Test
    void variantsOfEveryKindSurviveTheRoundTrip() {
        Quiz varied = read(Bundles.QUIZ_WITH_VARIANTS);
        assertTrue(!varied.equals(read(Bundles.QUIZ)), "the variants were read");
        String written = QuizWriter.quiz(varied);
        assertTrue(
                written.contains("first/police")
                        && written.contains("MD:")
                        && written.contains("NL:")
                        && written.contains("AT:"),
                written);
        assertEquals(varied, read(written));
    }

    @Test
    void aBadVariantIsReportedWithItsLine() {
        List<Problem> problems = QuizFile.read(
                        "quizzes/final.yaml",
                        Bundles.QUIZ_WITH_VARIANTS
                                .replace("MD: [refer, identify]", "MD: [refer]")
                                .replace("NL: {residence: art26}", "NL: {residence: art99}"))
                .problems();
        assertTrue(
                problems.stream().anyMatch(p -> p.message().contains("in that country's order")), problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.message().contains("mapping prompts of this question to its answers")),
                problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.line() > 0), problems.toString());
    }
}
