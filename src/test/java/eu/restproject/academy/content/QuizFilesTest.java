package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quiz files in bundles: every question type read from YAML, and every authoring mistake reported with its line. */
class QuizFilesTest {

    private static Map<String, byte[]> withQuiz(String quiz) {
        Map<String, byte[]> files = Bundles.valid();
        files.put("module.yaml", Bundles.utf8(Bundles.MANIFEST.replace("quizzes: []", "quizzes: [final]")));
        files.put("quizzes/final.yaml", Bundles.utf8(quiz));
        return files;
    }

    private static List<String> problems(String quiz) {
        return Bundles.validate(withQuiz(quiz)).problems().stream()
                .map(Problem::toString)
                .toList();
    }

    private static void assertProblem(String quiz, String expected) {
        List<String> found = problems(quiz);
        assertTrue(found.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + found);
    }

    @Test
    void everyQuestionTypeIsRead() {
        BundleValidator.Outcome outcome = Bundles.validate(withQuiz(Bundles.QUIZ));
        assertEquals(List.of(), outcome.problems());
        Quiz quiz = outcome.bundle().orElseThrow().quizzes().get("final");
        assertEquals(60, quiz.passMark());
        assertEquals(20, quiz.timeLimitMinutes().orElseThrow());
        assertTrue(quiz.completesModule());
        assertEquals(
                List.of("period", "grounds", "consent", "articles", "steps", "days", "essay", "inspection"),
                quiz.items().stream().map(i -> i.question().id()).toList());

        ChoiceQuestion period = (ChoiceQuestion) quiz.items().get(0).question();
        assertEquals(Set.of("undocumented"), period.correctFor(Country.ES));
        assertEquals(
                "Art. 13",
                period.feedbackFor("nobody", Country.AT).ground().orElseThrow().article());
        assertEquals(
                "Anyone without papers",
                quiz.items().get(0).labels().get("undocumented").get(Language.EN));

        CaseStudy inspection = (CaseStudy) quiz.items().get(7).question();
        assertEquals(
                "5.00",
                inspection
                        .grade(new Answer.Path(List.of("refer", "grant")), null)
                        .score()
                        .points()
                        .toPlainString());
        assertEquals(
                "late", inspection.play(List.of("police", "grant")).current().id());
        assertTrue(
                quiz.items().get(6).text().get(Language.EN).contains("<script>"),
                "authored text is kept as text, escaped when shown");
    }

    @Test
    void branchesToMissingStepsLoopsAndScoresOutOfRangeAreRefused() {
        assertProblem(
                Bundles.QUIZ.replace("goto: late}", "goto: nowhere}"),
                "quizzes/final.yaml:82: case study 'inspection': the choice 'grant' of 'second' leads to the missing step 'nowhere'");
        assertProblem(
                Bundles.QUIZ.replace(
                        "            next: second\n          - id: police",
                        "            next: first\n          - id: police"),
                "the case loops back to 'first'");
        assertProblem(
                Bundles.QUIZ.replace(
                        "    points: 5\n    text: {en: A labour", "    points: 4\n    text: {en: A labour"),
                "paths through the case score from 2 to 5 points, outside 0 to 4");
        assertProblem(
                Bundles.QUIZ.replace(
                        "points: 2\n    text:\n      en: Who may", "points: 200\n    text:\n      en: Who may"),
                "quizzes/final.yaml:12: points must be a number from 0 to 100");
    }

    @Test
    void authoringMistakesNameTheirLine() {
        assertProblem(
                Bundles.QUIZ.replace(
                        "    - id: undocumented\n        text: {en: Anyone without papers}",
                        "    - id: undocumented\n        text: {en: Anyone without papers}\n        correct: true"),
                "mark exactly one option correct");
        assertProblem(
                Bundles.QUIZ.replace("correct: [undocumented]", "correct: [unknown]"),
                "the variant for ES must name exactly one existing option");
        assertProblem(Bundles.QUIZ.replace("id: grounds", "id: period"), "the question id 'period' is used twice");
        assertProblem(Bundles.QUIZ.replace("type: essay", "type: poem"), "quizzes/final.yaml:63: type must be one of");
        assertProblem(
                Bundles.QUIZ.replace("passMark: 60", "passMark: 160"),
                "quizzes/final.yaml:4: passMark must be a whole number from 0 to 100");
        assertProblem(
                Bundles.QUIZ.replace("answer: art14}", "answer: art99}"),
                "the answer 'art99' is not among the answers");
        assertProblem(
                Bundles.QUIZ.replace("id: final", "id: final\nextra: !!python/object x"),
                "YAML tags (!name) are not allowed");
    }

    @Test
    void quizFilesAndTheManifestMustAgree() {
        Map<String, byte[]> unlisted = Bundles.valid();
        unlisted.put("quizzes/final.yaml", Bundles.utf8(Bundles.QUIZ));
        assertTrue(
                Bundles.validate(unlisted).problems().stream()
                        .anyMatch(
                                p -> p.toString()
                                        .equals(
                                                "quizzes/final.yaml:0: no quiz 'final' in module.yaml: list it under 'quizzes' or remove the file")));
        Map<String, byte[]> missing = Bundles.valid();
        missing.put("module.yaml", Bundles.utf8(Bundles.MANIFEST.replace("quizzes: []", "quizzes: [final]")));
        assertTrue(Bundles.validate(missing).problems().stream()
                .anyMatch(p -> p.toString().equals("module.yaml:1: the quiz 'final' has no file quizzes/final.yaml")));
    }
}
