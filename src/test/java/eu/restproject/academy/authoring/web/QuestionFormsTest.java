package eu.restproject.academy.authoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.content.QuizFile;
import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The editor's form holds every question type completely: loading a question into it and saving gives the same question. */
class QuestionFormsTest {

    private static Quiz quiz() {
        return QuizFile.read("quizzes/final.yaml", Bundles.QUIZ).quiz().orElseThrow();
    }

    @Test
    void everyQuestionTypeSurvivesTheForm() {
        for (Quiz.Item item : quiz().items()) {
            Quiz.Item back = QuestionFromForm.toItem(QuestionForms.of(item, Set.of("tag")));
            assertEquals(item, back, item.question().id());
        }
    }

    @Test
    void variantsOfEveryKindSurviveTheForm() {
        for (Quiz.Item item : QuizFile.read("quizzes/final.yaml", Bundles.QUIZ_WITH_VARIANTS)
                .quiz()
                .orElseThrow()
                .items()) {
            assertEquals(
                    item,
                    QuestionFromForm.toItem(QuestionForms.of(item, Set.of())),
                    item.question().id());
        }
    }

    @Test
    void aNewQuestionFilledInReadsAsTheAuthorMeantIt() {
        QuestionForm form = QuestionForms.blank("multiple");
        form.setId("grounds");
        form.getText().put(Language.EN, "On which grounds may a residence permit be issued?");
        form.getOptions().get(0).getText().put(Language.EN, "The personal situation");
        form.getOptions().get(0).setCorrect(true);
        form.getOptions().get(1).getText().put(Language.EN, "Cooperation with the authorities");
        form.getOptions().get(1).setCorrect(true);
        // The third row stays empty and is dropped.
        String yaml = QuizWriter.questionYaml(QuestionFromForm.toItem(form));
        QuizFile.Outcome outcome = QuizFile.readQuestion(yaml);
        assertEquals(List.of(), outcome.problems(), yaml);
        assertEquals(
                List.of("a", "b"),
                outcome.quiz().orElseThrow().items().get(0).labels().keySet().stream()
                        .toList());
    }

    @Test
    void aCaseWithABranchToAMissingStepIsReportedByTheReader() {
        QuestionForm form = QuestionForms.blank("case");
        form.setId("inspection");
        form.setPoints("2");
        form.getText().put(Language.EN, "A labour inspection finds a worker with signs of trafficking.");
        QuestionForm.Step start = form.getSteps().get(0);
        start.getText().put(Language.EN, "What do you do?");
        start.getChoices().get(0).setId("refer");
        start.getChoices().get(0).getText().put(Language.EN, "Refer for identification");
        start.getChoices().get(0).setNext("protected");
        QuizFile.Outcome outcome = QuizFile.readQuestion(QuizWriter.questionYaml(QuestionFromForm.toItem(form)));
        assertTrue(
                outcome.problems().toString().contains("missing step 'protected'"),
                outcome.problems().toString());
    }
}
