package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "your result is in" letter against the real database and SMTP server: a quiz with two essays
 * gets one letter, when the second is graded, in the learner's language, with the points and the
 * link to the result; a corrected grade that changes the score writes again; nothing for a learner
 * who turned learning mail off, and nothing for a refused grade.
 */
@ExtendWith(ArquillianExtension.class)
class EssayGradedMailIT {

    private static final String MODULE = "it-mail-essays";

    /** A choice question and two essays: 2 + 4 + 4 points, pass mark 50 %. */
    private static final String QUIZ = """
            id: final
            title:
              en: Written case
              de: Schriftlicher Fall
            passMark: 50
            feedback: after-submission
            questions:
              - id: period
                type: single
                points: 2
                text: {en: Who may be expelled during the recovery and reflection period?}
                options:
                  - {id: nobody, text: {en: Nobody who is a presumed victim}, correct: true}
                  - {id: anyone, text: {en: Anyone without papers}}
              - id: principle
                type: essay
                points: 4
                text: {en: Explain the non-punishment principle.}
              - id: referral
                type: essay
                points: 4
                text: {en: Describe a referral to a protection service.}
            """;

    private static final Caller TRAINER_AT =
            new Caller(-31, "trainer.at@it.example.org", EnumSet.of(Role.TRAINER), Country.AT);

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private Attempts attempts;

    @Inject
    private EssayGrading grading;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSender sender;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    /** When the test began: the outbox may hold letters to the same addresses from earlier runs. */
    private Instant began;

    @BeforeEach
    void aPublishedQuizWithTwoEssays() {
        began = Instant.now();
        TestMailServer.start();
        testData.removeTestModules();
        testData.removeTestAccounts();
        Bundles.publishUpload(publisher, Bundles.withQuiz(MODULE, "1.0.0", "new", QUIZ));
    }

    @Test
    void theGradeThatCompletesTheAttemptWritesOneLetterInTheLearnersLanguage() throws Exception {
        Caller learner = testData.participant("essay-mail-de", Country.AT, Profession.LAWYER, Language.DE);
        long attempt = submittedWithTwoEssays(learner);

        grading.grade(TRAINER_AT, attempt, "principle", new BigDecimal("3"), "Gut begründet.");
        assertEquals(List.of(), letters(learner), "one essay of two graded: the result still waits, no letter");

        grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("2.5"), "Die Fristen fehlen.");
        assertEquals(1, letters(learner).size());

        sender.drain("essay-mail-it", Instant.now());
        sender.drain("essay-mail-it", Instant.now());
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(learner.email(), 1, Duration.ofSeconds(10));
        Thread.sleep(500);
        assertEquals(1, TestMailServer.messagesTo(learner.email()).size(), "sent once");
        MimeMessage mail = received.get(0);
        assertEquals("Ihr Quizergebnis: Schriftlicher Fall – REST Academy", mail.getSubject());
        assertEquals("de", mail.getHeader("Content-Language", null));
        String text = text(mail);
        assertTrue(text.startsWith("Hallo essay-mail-de,"), text);
        assertTrue(text.contains("im Quiz „Schriftlicher Fall“ des Moduls „Testmodul“"), text);
        assertTrue(
                text.contains("Ihre Punktzahl: 7,5 von 10. Sie haben bestanden (Bestehensgrenze 50 %)."),
                "2 + 3 + 2.5 points of 10, in German notation: " + text);
        assertTrue(text.contains("https://academy.example.org/learn/attempt-result.xhtml?id=" + attempt), text);
        assertTrue(text.contains("https://academy.example.org/account/profile.xhtml"), "an optional topic: " + text);
        assertTrue(
                html(mail)
                        .contains("<a href=\"https://academy.example.org/learn/attempt-result.xhtml?id=" + attempt
                                + "\">"),
                html(mail));
    }

    @Test
    void aCorrectedGradeWritesAgainOnlyWhenTheResultChanges() {
        Caller learner = testData.participant("essay-mail-regrade", Country.AT, Profession.POLICE, Language.EN);
        long attempt = submittedWithTwoEssays(learner);
        grading.grade(TRAINER_AT, attempt, "principle", new BigDecimal("1"), null);
        grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("0"), "Missing.");
        List<OutboxMessage> first = letters(learner);
        assertEquals(1, first.size());
        assertEquals(
                "Your quiz result: Written case – REST Academy", first.get(0).getSubject());
        assertTrue(
                first.get(0)
                        .getTextBody()
                        .contains("Your score: 3 out of 10. You did not reach the pass mark of 50 %."),
                first.get(0).getTextBody());

        grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("0"), "Missing: the referral steps.");
        assertEquals(1, letters(learner).size(), "a new comment with the same points changes no result");

        grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("3"), "Found it on the back page.");
        List<OutboxMessage> all = letters(learner);
        assertEquals(2, all.size());
        OutboxMessage changed = all.get(0);
        assertEquals("Your quiz result has changed: Written case – REST Academy", changed.getSubject());
        assertTrue(
                changed.getTextBody().contains("Your score: 6 out of 10. You passed (pass mark 50 %)."),
                changed.getTextBody());
    }

    @Test
    void aLearnerWhoTurnedLearningMailOffGetsNothing() throws Exception {
        Caller learner = testData.participant("essay-mail-off", Country.AT, Profession.LAWYER, Language.FR);
        decline(learner, Set.of(MailTopic.LEARNING));
        long attempt = submittedWithTwoEssays(learner);

        grading.grade(TRAINER_AT, attempt, "principle", new BigDecimal("4"), null);
        grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("4"), null);

        assertFalse(attempts.state(learner, attempt).attempt().isAwaitingTrainer(), "graded all the same");
        assertEquals(List.of(), letters(learner));
        sender.drain("essay-mail-it", Instant.now());
        assertEquals(List.of(), TestMailServer.awaitMessagesTo(learner.email(), 1, Duration.ofSeconds(1)));
    }

    @Test
    void aRefusedGradeLeavesNoLetter() {
        Caller learner = testData.participant("essay-mail-refused", Country.AT, Profession.LAWYER, Language.EN);
        long attempt = submittedWithTwoEssays(learner);
        grading.grade(TRAINER_AT, attempt, "principle", new BigDecimal("4"), null);

        assertEquals(
                "error.essay.score",
                assertThrows(
                                InvalidInputException.class,
                                () -> grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("4.5"), null))
                        .messageKey());
        assertEquals(
                "error.essay.score",
                assertThrows(
                                InvalidInputException.class,
                                () -> grading.grade(TRAINER_AT, attempt, "referral", new BigDecimal("-1"), null))
                        .messageKey());
        assertThrows(
                InvalidInputException.class,
                () -> grading.grade(TRAINER_AT, attempt, "referral", BigDecimal.ONE, "x".repeat(4001)));

        assertTrue(attempts.state(learner, attempt).attempt().isAwaitingTrainer(), "nothing was recorded");
        assertEquals(List.of(), letters(learner));
    }

    @Test
    void twoTrainersGradingTheTwoEssaysAtOnceCompleteTheAttemptWithOneLetter() throws Exception {
        Caller otherTrainer = new Caller(-32, "trainer2.at@it.example.org", EnumSet.of(Role.TRAINER), Country.AT);
        ManagedThreadFactory threads =
                (ManagedThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        for (int round = 0; round < 3; round++) {
            Caller learner =
                    testData.participant("essay-mail-race-" + round, Country.AT, Profession.LAWYER, Language.EN);
            long attempt = submittedWithTwoEssays(learner);
            CountDownLatch go = new CountDownLatch(1);
            FutureTask<Void> first =
                    grading(go, () -> grading.grade(TRAINER_AT, attempt, "principle", BigDecimal.ONE, null));
            FutureTask<Void> second =
                    grading(go, () -> grading.grade(otherTrainer, attempt, "referral", new BigDecimal("2"), null));
            threads.newThread(first).start();
            threads.newThread(second).start();
            go.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);

            // Read in a transaction of its own: the end of the server's threads closes this thread's
            // persistence context for reads outside a transaction.
            transaction.begin();
            QuizAttempt graded = attempts.state(learner, attempt).attempt();
            List<OutboxMessage> letters = letters(learner);
            transaction.commit();
            assertFalse(graded.isAwaitingTrainer(), "both grades count, whichever came second");
            assertEquals(
                    0,
                    new BigDecimal("5").compareTo(graded.getScore()),
                    graded.getScore().toPlainString());
            assertEquals(1, letters.size(), "one letter, from the grade that completed the attempt");
        }
    }

    private static FutureTask<Void> grading(CountDownLatch go, Runnable grade) {
        return new FutureTask<>(() -> {
            go.await();
            grade.run();
            return null;
        });
    }

    /** An attempt with the choice answered right and both essays written, submitted: 2 of 10 points so far. */
    private long submittedWithTwoEssays(Caller learner) {
        long attempt = attempts.start(learner, MODULE, "final").getId();
        attempts.save(learner, attempt, "period", new Answer.Choice(Set.of("nobody")));
        attempts.save(learner, attempt, "principle", new Answer.Text("A victim is not punished for compelled acts."));
        attempts.save(learner, attempt, "referral", new Answer.Text("Call the national referral mechanism."));
        assertTrue(attempts.submit(learner, attempt).isAwaitingTrainer());
        return attempt;
    }

    private void decline(Caller person, Set<MailTopic> topics) throws Exception {
        transaction.begin();
        em.find(Account.class, person.accountId()).decline(topics);
        transaction.commit();
    }

    /** The learning letters written to the person, newest first. */
    private List<OutboxMessage> letters(Caller person) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(person.email()))
                .filter(m -> !m.getCreatedAt().isBefore(began))
                .filter(m -> m.getTopic() == MailTopic.LEARNING)
                .toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
    }
}
