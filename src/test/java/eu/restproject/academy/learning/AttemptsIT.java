package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attempts against the real database: autosave, resume, submission once, time limits, versions. */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private Attempts attempts;

    @Inject
    private eu.restproject.academy.learning.Progress progress;

    @Inject
    private eu.restproject.academy.learning.EssayGrading grading;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @BeforeEach
    void cleanUp() {
        testData.removeTestModules();
        testData.removeTestAccounts();
        publish("1.0.0", "new", Bundles.QUIZ);
    }

    private void publish(String version, String change, String quiz) {
        Bundles.publishUpload(publisher, Bundles.withQuiz("it-quiz", version, change, quiz));
    }

    private Caller learner(String name, Country country) {
        return testData.participant(name, country, Profession.POLICE, Language.EN);
    }

    private void answerEverythingRight(Caller learner, long attempt) {
        attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("nobody")));
        attempts.save(learner, attempt, "grounds", new Answer.Choice(Set.of("personal", "cooperation")));
        attempts.save(learner, attempt, "consent", new Answer.Choice(Set.of("false")));
        attempts.save(
                learner, attempt, "articles", new Answer.Matching(Map.of("reflection", "art13", "residence", "art14")));
        attempts.save(learner, attempt, "steps", new Answer.Ordering(List.of("identify", "refer")));
        attempts.save(learner, attempt, "days", new Answer.Text("Thirty"));
        attempts.save(learner, attempt, "inspection", new Answer.Path(List.of("refer")));
        attempts.save(learner, attempt, "inspection", new Answer.Path(List.of("refer", "grant")));
    }

    @Test
    void everyAnswerIsSavedAndTheAttemptResumesWhereItStopped() {
        Caller learner = learner("resumer", Country.AT);
        QuizAttempt attempt = attempts.start(learner, "it-quiz", "final");
        attempts.save(learner, attempt.getId(), "period", new Answer.Choice(Set.of("undocumented")));
        attempts.save(learner, attempt.getId(), "period", new Answer.Choice(Set.of("nobody")));
        attempts.save(learner, attempt.getId(), "inspection", new Answer.Path(List.of("refer")));

        QuizAttempt again = attempts.start(learner, "it-quiz", "final");
        assertEquals(attempt.getId(), again.getId(), "an open attempt is resumed, not duplicated");
        Attempts.State state = attempts.state(learner, again.getId());
        assertEquals(
                new Answer.Choice(Set.of("nobody")),
                state.answers().get("period"),
                "the latest answer replaces the earlier one");
        assertEquals(new Answer.Path(List.of("refer")), state.answers().get("inspection"));
    }

    @Test
    void submittingGradesOnceAndClosesTheAttempt() {
        Caller learner = learner("submitter", Country.FR);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        answerEverythingRight(learner, attempt);
        QuizAttempt submitted = attempts.submit(learner, attempt);
        // 2 + 3 + 1 + 2 + 2 + 1 + 0 (essay unanswered) + 5 = 16 of 20 = 80 % >= 60 %
        assertEquals("16.00", submitted.getScore().toPlainString());
        assertEquals("20.00", submitted.getMaxScore().toPlainString());
        assertTrue(submitted.getPassed());
        assertFalse(progress.of(learner, "it-quiz").isFinished(), "no lesson was read");
        assertTrue(progress.of(learner, "it-quiz").isModuleCompleted(), "passing the final quiz completes the module");

        QuizAttempt twice = attempts.submit(learner, attempt);
        assertEquals("16.00", twice.getScore().toPlainString(), "a second submission (another tab) changes nothing");
        assertEquals(
                submitted.getSubmittedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                twice.getSubmittedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertEquals(
                "error.attempt.submitted",
                assertThrows(
                                InvalidInputException.class,
                                () -> attempts.save(
                                        learner, attempt, "period", new Answer.Choice(Set.of("undocumented"))))
                        .messageKey());
    }

    @Test
    void aFailedFinalQuizDoesNotCompleteTheModule() {
        Caller learner = learner("failer", Country.MD);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("nobody")));
        assertFalse(attempts.submit(learner, attempt).getPassed());
        assertFalse(progress.of(learner, "it-quiz").isModuleCompleted());
    }

    @Test
    void essaysKeepTheResultOpenForTheTrainer() {
        Caller learner = learner("writer", Country.NL);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        attempts.save(learner, attempt, "essay", new Answer.Text("<script>alert(1)</script> The principle means…"));
        QuizAttempt submitted = attempts.submit(learner, attempt);
        assertTrue(submitted.isAwaitingTrainer());
        assertNull(submitted.getPassed());
        assertEquals(
                new Answer.Text("<script>alert(1)</script> The principle means…"),
                attempts.state(learner, attempt).answers().get("essay"),
                "stored as text, exactly as typed");
    }

    @Test
    void trainersOfTheLearnersCountryGradeEssaysAndTheResultFollows() {
        Caller learner = learner("essayist", Country.NL);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        answerEverythingRight(learner, attempt);
        attempts.save(
                learner,
                attempt,
                "essay",
                new Answer.Text("A victim is not punished for acts they were compelled to commit."));
        assertTrue(attempts.submit(learner, attempt).isAwaitingTrainer());

        Caller trainerNl = new Caller(
                -10,
                "trainer.nl@it.example.org",
                java.util.EnumSet.of(eu.restproject.academy.people.Role.TRAINER),
                Country.NL);
        Caller trainerAt = new Caller(
                -11,
                "trainer.at@it.example.org",
                java.util.EnumSet.of(eu.restproject.academy.people.Role.TRAINER),
                Country.AT);
        assertTrue(grading.queue(trainerNl).stream()
                .anyMatch(p -> p.attempt().getId() == attempt
                        && p.item().question().id().equals("essay")));
        assertTrue(
                grading.queue(trainerAt).stream().noneMatch(p -> p.attempt().getId() == attempt),
                "another country's essays stay hidden");
        assertThrows(
                eu.restproject.academy.platform.AccessDeniedException.class,
                () -> grading.grade(trainerAt, attempt, "essay", java.math.BigDecimal.ONE, "x"));
        assertThrows(eu.restproject.academy.platform.AccessDeniedException.class, () -> grading.queue(learner));
        assertEquals(
                "error.essay.score",
                assertThrows(
                                InvalidInputException.class,
                                () -> grading.grade(
                                        trainerNl, attempt, "essay", new java.math.BigDecimal("4.5"), "too generous"))
                        .messageKey());
        assertThrows(
                InvalidInputException.class,
                () -> grading.grade(trainerNl, attempt, "period", java.math.BigDecimal.ONE, "not an essay"));

        grading.grade(
                trainerNl, attempt, "essay", new java.math.BigDecimal("3"), "Clear; add the limits of the principle.");
        QuizAttempt graded = attempts.state(learner, attempt).attempt();
        assertFalse(graded.isAwaitingTrainer());
        assertEquals("19.00", graded.getScore().toPlainString(), "16 earlier points and 3 for the essay");
        assertTrue(graded.getPassed());
        assertEquals(
                "Clear; add the limits of the principle.",
                attempts.rubrics(attempt).get("essay"));
        assertTrue(
                grading.queue(trainerNl).stream().noneMatch(p -> p.attempt().getId() == attempt),
                "graded essays leave the queue");
    }

    @Test
    void badAnswersAreRefusedAndChangeNothing() {
        Caller learner = learner("careless", Country.ES);
        Caller other = learner("intruder", Country.ES);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("undocumented")));

        assertThrows(
                InvalidInputException.class,
                () -> attempts.save(learner, attempt, "no-such-question", new Answer.Text("x")));
        assertThrows(
                InvalidInputException.class,
                () -> attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("invented"))));
        assertThrows(
                InvalidInputException.class,
                () -> attempts.save(learner, attempt, "period", new Answer.Text("nobody")));
        assertThrows(
                InvalidInputException.class,
                () -> attempts.save(learner, attempt, "inspection", new Answer.Path(List.of("grant"))));
        assertThrows(
                NotFoundException.class,
                () -> attempts.save(other, attempt, "period", new Answer.Choice(Set.of("nobody"))));
        assertThrows(NotFoundException.class, () -> attempts.submit(other, attempt));
        assertEquals(
                new Answer.Choice(Set.of("undocumented")),
                attempts.state(learner, attempt).answers().get("period"));

        // The Spanish variant makes "undocumented" the correct answer for this learner.
        assertEquals("2.00", attempts.submit(learner, attempt).getScore().toPlainString());
    }

    @Test
    void whenTimeIsUpTheSavedAnswersAreSubmitted() throws Exception {
        Caller learner = learner("slow", Country.AT);
        long attempt = attempts.start(learner, "it-quiz", "final").getId();
        attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("nobody")));
        transaction.begin();
        em.createNativeQuery("update quiz_attempt set deadline = ? where id = ?")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .setParameter(2, attempt)
                .executeUpdate();
        transaction.commit();
        em.clear();

        assertEquals(
                "error.attempt.timeUp",
                assertThrows(
                                InvalidInputException.class,
                                () -> attempts.save(learner, attempt, "grounds", new Answer.Choice(Set.of("personal"))))
                        .messageKey());
        QuizAttempt submitted = attempts.submit(learner, attempt);
        assertEquals("2.00", submitted.getScore().toPlainString(), "graded with what was saved before the deadline");
        assertFalse(submitted.getPassed());
    }

    @Test
    void attemptsAreLimitedAndFinishOnTheVersionTheyBegan() {
        Caller learner = learner("persistent", Country.RS);
        QuizAttempt first = attempts.start(learner, "it-quiz", "final");
        publish("1.1.0", "unchanged", Bundles.QUIZ.replace("passMark: 60", "passMark: 90"));
        assertEquals("1.0.0", attempts.state(learner, first.getId()).attempt().getModuleVersion());
        assertEquals(
                60, attempts.state(learner, first.getId()).quiz().passMark(), "the attempt keeps the quiz it began on");
        attempts.submit(learner, first.getId());

        QuizAttempt second = attempts.start(learner, "it-quiz", "final");
        assertEquals("1.1.0", second.getModuleVersion());
        attempts.submit(learner, second.getId());
        attempts.submit(learner, attempts.start(learner, "it-quiz", "final").getId());
        assertEquals(
                "error.attempt.noneLeft",
                assertThrows(InvalidInputException.class, () -> attempts.start(learner, "it-quiz", "final"))
                        .messageKey());
    }
}
