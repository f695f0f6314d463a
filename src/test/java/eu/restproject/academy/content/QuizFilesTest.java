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

    static final String QUIZ = """
            id: final
            title:
              en: Final case study
            passMark: 60
            timeLimitMinutes: 20
            attempts: 3
            feedback: after-submission
            completesModule: true
            questions:
              - id: period
                type: single
                points: 2
                text:
                  en: Who may be expelled during the recovery and reflection period?
                options:
                  - id: nobody
                    text: {en: Nobody who is a presumed victim}
                    correct: true
                    feedback: {en: "Right: the period protects against expulsion."}
                    ground: {instrument: CETS No. 197, article: Art. 13}
                  - id: undocumented
                    text: {en: Anyone without papers}
                variants:
                  ES:
                    correct: [undocumented]
              - id: grounds
                type: multiple
                points: 3
                text: {en: Which grounds can justify a residence permit under Art. 14?}
                options:
                  - {id: personal, text: {en: Personal situation}, correct: true}
                  - {id: cooperation, text: {en: Cooperation with the authorities}, correct: true}
                  - {id: income, text: {en: A sufficient income}}
              - id: consent
                type: truefalse
                points: 1
                text: {en: "Consent of the victim matters once improper means were used."}
                answer: false
              - id: articles
                type: matching
                points: 2
                text: {en: Match each right to its article.}
                answers:
                  - {id: art13, text: {en: Art. 13}}
                  - {id: art14, text: {en: Art. 14}}
                  - {id: art26, text: {en: Art. 26}}
                prompts:
                  - {id: reflection, text: {en: Reflection period}, answer: art13}
                  - {id: residence, text: {en: Residence permit}, answer: art14}
              - id: steps
                type: ordering
                points: 2
                text: {en: Put the steps in order.}
                items:
                  - {id: identify, text: {en: Identify}}
                  - {id: refer, text: {en: Refer}}
              - id: days
                type: short
                points: 1
                text: {en: "How many days does the reflection period last at least?"}
                accepted: ["30", thirty]
              - id: essay
                type: essay
                points: 4
                text: {en: "Explain the non-punishment principle. <script>alert(1)</script>"}
              - id: inspection
                type: case
                points: 5
                text: {en: A labour inspection finds a worker with signs of trafficking.}
                start: first
                steps:
                  - id: first
                    text: {en: What do you do?}
                    choices:
                      - id: refer
                        text: {en: Refer for identification}
                        points: 2
                        next: second
                      - id: police
                        text: {en: Call the immigration police}
                        next: second
                  - id: second
                    text: {en: The person asks for time to think.}
                    choices:
                      - id: grant
                        text: {en: Grant the reflection period}
                        points: 2
                        next:
                          - {ifScoreAtLeast: 4, goto: protected}
                          - {goto: late}
                  - {id: protected, ending: true, points: 1, debrief: {en: The person is protected.}}
                  - {id: late, ending: true, points: 0, debrief: {en: Help came late.}}
            """;

    private static Map<String, byte[]> withQuiz(String quiz) {
        Map<String, byte[]> files = Bundles.valid();
        files.put("module.yaml", Bundles.utf8(Bundles.MANIFEST.replace("quizzes: []", "quizzes: [final]")));
        files.put("quizzes/final.yaml", Bundles.utf8(quiz));
        return files;
    }

    private static List<String> problems(String quiz) {
        return Bundles.validate(withQuiz(quiz)).problems().stream().map(Problem::toString).toList();
    }

    private static void assertProblem(String quiz, String expected) {
        List<String> found = problems(quiz);
        assertTrue(found.stream().anyMatch(p -> p.contains(expected)), "expected '" + expected + "' in " + found);
    }

    @Test
    void everyQuestionTypeIsRead() {
        BundleValidator.Outcome outcome = Bundles.validate(withQuiz(QUIZ));
        assertEquals(List.of(), outcome.problems());
        Quiz quiz = outcome.bundle().orElseThrow().quizzes().get("final");
        assertEquals(60, quiz.passMark());
        assertEquals(20, quiz.timeLimitMinutes().orElseThrow());
        assertTrue(quiz.completesModule());
        assertEquals(List.of("period", "grounds", "consent", "articles", "steps", "days", "essay", "inspection"),
                quiz.items().stream().map(i -> i.question().id()).toList());

        ChoiceQuestion period = (ChoiceQuestion) quiz.items().get(0).question();
        assertEquals(Set.of("undocumented"), period.correctFor(Country.ES));
        assertEquals("Art. 13", period.feedbackFor("nobody", Country.AT).ground().orElseThrow().article());
        assertEquals("Anyone without papers", quiz.items().get(0).labels().get("undocumented").get(Language.EN));

        CaseStudy inspection = (CaseStudy) quiz.items().get(7).question();
        assertEquals("5.00", inspection.grade(new Answer.Path(List.of("refer", "grant")), null).score().points().toPlainString());
        assertEquals("late", inspection.play(List.of("police", "grant")).current().id());
        assertTrue(quiz.items().get(6).text().get(Language.EN).contains("<script>"), "authored text is kept as text, escaped when shown");
    }

    @Test
    void branchesToMissingStepsLoopsAndScoresOutOfRangeAreRefused() {
        assertProblem(QUIZ.replace("goto: late}", "goto: nowhere}"),
                "quizzes/final.yaml:82: case study 'inspection': the choice 'grant' of 'second' leads to the missing step 'nowhere'");
        assertProblem(QUIZ.replace("            next: second\n          - id: police", "            next: first\n          - id: police"),
                "the case loops back to 'first'");
        assertProblem(QUIZ.replace("    points: 5\n    text: {en: A labour", "    points: 4\n    text: {en: A labour"),
                "paths through the case score from 2 to 5 points, outside 0 to 4");
        assertProblem(QUIZ.replace("points: 2\n    text:\n      en: Who may", "points: 200\n    text:\n      en: Who may"),
                "quizzes/final.yaml:12: points must be a number from 0 to 100");
    }

    @Test
    void authoringMistakesNameTheirLine() {
        assertProblem(QUIZ.replace("    - id: undocumented\n        text: {en: Anyone without papers}",
                "    - id: undocumented\n        text: {en: Anyone without papers}\n        correct: true"), "mark exactly one option correct");
        assertProblem(QUIZ.replace("correct: [undocumented]", "correct: [unknown]"), "the variant for ES must name exactly one existing option");
        assertProblem(QUIZ.replace("id: grounds", "id: period"), "the question id 'period' is used twice");
        assertProblem(QUIZ.replace("type: essay", "type: poem"), "quizzes/final.yaml:63: type must be one of");
        assertProblem(QUIZ.replace("passMark: 60", "passMark: 160"), "quizzes/final.yaml:4: passMark must be a whole number from 0 to 100");
        assertProblem(QUIZ.replace("answer: art14}", "answer: art99}"), "the answer 'art99' is not among the answers");
        assertProblem(QUIZ.replace("id: final", "id: final\nextra: !!python/object x"), "YAML tags (!name) are not allowed");
    }

    @Test
    void quizFilesAndTheManifestMustAgree() {
        Map<String, byte[]> unlisted = Bundles.valid();
        unlisted.put("quizzes/final.yaml", Bundles.utf8(QUIZ));
        assertTrue(Bundles.validate(unlisted).problems().stream().anyMatch(p -> p.toString()
                .equals("quizzes/final.yaml:0: no quiz 'final' in module.yaml: list it under 'quizzes' or remove the file")));
        Map<String, byte[]> missing = Bundles.valid();
        missing.put("module.yaml", Bundles.utf8(Bundles.MANIFEST.replace("quizzes: []", "quizzes: [final]")));
        assertTrue(Bundles.validate(missing).problems().stream().anyMatch(p -> p.toString()
                .equals("module.yaml:1: the quiz 'final' has no file quizzes/final.yaml")));
    }
}
