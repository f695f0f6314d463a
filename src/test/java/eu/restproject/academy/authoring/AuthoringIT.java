package eu.restproject.academy.authoring;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.QuizWriter;
import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.learning.QuizAttempt;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Registration;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.support.Deployments;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authoring against the real database: the bank, drafts, publishing as a new version, export and import. */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    private static final Caller TRAINER = new Caller(1, "trainer@it.example.org", Set.of(Role.TRAINER), Country.NL);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(Bundles.class);
    }

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private QuestionBank bank;

    @Inject
    private QuizDrafts drafts;

    @Inject
    private Attempts attempts;

    @Inject
    private Library library;

    @Inject
    private Registration registration;

    @BeforeEach
    void cleanUp() {
        testData.removeTestModules();
        testData.removeTestAccounts();
        BundlePublisher.Publication publication = publisher.publish(
                Bundles.files(Bundles.withQuiz("it-authoring", "1.0.0", "new", Bundles.QUIZ)), ModuleVersion.Source.UPLOAD, null, null);
        assertEquals(BundlePublisher.Result.PUBLISHED, publication.result(), publication.problems().toString());
    }

    private Caller learner(String name) {
        return Caller.of(registration.register(new NewAccount(email(name), name, Country.AT, Profession.LAWYER, Language.EN),
                "violet harbour lantern", true).orElseThrow());
    }

    private BankQuestion reworded(String questionId, String text) {
        BankQuestion stored = bank.get(TRAINER, "it-authoring", questionId);
        Quiz.Item item = QuestionBank.item(stored);
        Quiz.Item changed = new Quiz.Item(item.question(), Map.of(Language.EN, text), item.labels());
        return bank.save(TRAINER, "it-authoring", QuizWriter.questionYaml(changed), Set.of("reflection period"), stored.getVersion());
    }

    @Test
    void publishingADraftMakesANewVersionAndStartedAttemptsKeepTheirs() {
        List<QuizDraft> found = drafts.drafts(TRAINER, "it-authoring");
        assertEquals(List.of("final"), found.stream().map(QuizDraft::getQuizId).toList(), "the published quiz became the first draft");
        assertEquals(8, bank.questions(TRAINER, "it-authoring").size());
        assertEquals(Set.of("final"), bank.get(TRAINER, "it-authoring", "period").getTags());
        assertFalse(drafts.isUnpublished(found.get(0)));
        assertEquals("error.authoring.nothingToPublish",
                assertThrows(InvalidInputException.class, () -> drafts.publish(TRAINER, "it-authoring", "final")).messageKey());

        Caller early = learner("early");
        QuizAttempt begun = attempts.start(early, "it-authoring", "final");
        reworded("period", "During the recovery and reflection period, who may be expelled?");
        assertTrue(drafts.isUnpublished(drafts.get(TRAINER, "it-authoring", "final")));

        BundlePublisher.Publication publication = drafts.publish(TRAINER, "it-authoring", "final");
        assertEquals(BundlePublisher.Result.PUBLISHED, publication.result(), publication.problems().toString());
        assertEquals("1.1.0", library.getCurrent("it-authoring").getVersion());
        assertEquals(ModuleVersion.Source.AUTHORING, library.getCurrent("it-authoring").getSource());

        QuizAttempt resumed = attempts.start(early, "it-authoring", "final");
        assertEquals(begun.getId(), resumed.getId());
        assertEquals("1.0.0", resumed.getModuleVersion(), "an attempt finishes on the version it began with");
        assertTrue(attempts.state(early, resumed.getId()).quiz().items().get(0).text().get(Language.EN).startsWith("Who may"));
        QuizAttempt later = attempts.start(learner("later"), "it-authoring", "final");
        assertEquals("1.1.0", later.getModuleVersion());
        assertEquals(List.of("1.0.0", "1.1.0"), drafts.history("it-authoring", "final").stream().map(QuizDrafts.PublishedQuiz::moduleVersion).toList());
        assertEquals(Set.of("reflection period"), bank.get(TRAINER, "it-authoring", "period").getTags());
    }

    @Test
    void anExportedQuizImportsIntoAnotherModuleWithoutLoss() {
        drafts.drafts(TRAINER, "it-authoring");
        reworded("consent", "Consent of the person is irrelevant where any of the means was used.");
        String exported = drafts.export(TRAINER, "it-authoring", "final");
        Quiz authored = drafts.compose(drafts.get(TRAINER, "it-authoring", "final")).quiz().orElseThrow();

        assertEquals(BundlePublisher.Result.PUBLISHED, publisher.publish(Bundles.files(Bundles.version("it-authoring-copy", "1.0.0", "new",
                "", "At least 30 days.\n")), ModuleVersion.Source.UPLOAD, null, null).result());
        QuizDraft imported = drafts.importFile(TRAINER, "it-authoring-copy", "final.yaml", exported);
        assertEquals(authored, drafts.compose(imported).quiz().orElseThrow(), "nothing was lost on the way");
        assertEquals(BundlePublisher.Result.PUBLISHED, drafts.publish(TRAINER, "it-authoring-copy", "final").result());
        assertEquals(authored, drafts.published("it-authoring-copy", "final").orElseThrow());
    }

    @Test
    void badQuestionsAndStaleEditsAreRefusedAndNothingIsLost() {
        drafts.drafts(TRAINER, "it-authoring");
        BankQuestion before = bank.get(TRAINER, "it-authoring", "period");
        String twoCorrect = before.getDefinition().replace("id: undocumented", "id: undocumented\n  correct: true");
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> bank.save(TRAINER, "it-authoring", twoCorrect, Set.of(), before.getVersion()));
        assertEquals("error.authoring.invalid", invalid.messageKey());
        assertTrue(invalid.arguments()[0].toString().contains("exactly one option"), invalid.arguments()[0].toString());

        String script = before.getDefinition().replace("Who may be expelled", "<script>alert(1)</script> Who may be expelled");
        BankQuestion saved = bank.save(TRAINER, "it-authoring", script, Set.of(), before.getVersion());
        assertTrue(QuestionBank.item(saved).text().get(Language.EN).startsWith("<script>"), "authored HTML is kept as text and escaped when shown");
        assertEquals("error.authoring.stale", assertThrows(InvalidInputException.class,
                () -> bank.save(TRAINER, "it-authoring", before.getDefinition(), Set.of(), before.getVersion())).messageKey());
        assertEquals("error.authoring.idTaken", assertThrows(InvalidInputException.class,
                () -> bank.save(TRAINER, "it-authoring", before.getDefinition(), Set.of(), null)).messageKey());
        assertEquals("error.authoring.inUse", assertThrows(InvalidInputException.class,
                () -> bank.delete(TRAINER, "it-authoring", "period", drafts.usedBy("it-authoring", "period"))).messageKey());

        String loop = QuizWriter.quiz(drafts.compose(drafts.get(TRAINER, "it-authoring", "final")).quiz().orElseThrow())
                .replace("goto: late", "goto: first");
        InvalidInputException looping = assertThrows(InvalidInputException.class,
                () -> drafts.importFile(TRAINER, "it-authoring", "final.yaml", loop));
        assertTrue(looping.arguments()[0].toString().contains("loops back"), looping.arguments()[0].toString());
        assertTrue(QuestionBank.item(bank.get(TRAINER, "it-authoring", "period")).text().get(Language.EN).startsWith("<script>"),
                "a refused import stores nothing");

        Caller participant = new Caller(2, "p@it.example.org", Set.of(Role.PARTICIPANT), Country.NL);
        assertThrows(AccessDeniedException.class, () -> drafts.drafts(participant, "it-authoring"));
        assertThrows(AccessDeniedException.class, () -> bank.save(participant, "it-authoring", before.getDefinition(), Set.of(), null));
        Caller coordinator = new Caller(3, "c@it.example.org", Set.of(Role.COORDINATOR), Country.NL);
        assertThrows(AccessDeniedException.class, () -> drafts.publish(coordinator, "it-authoring", "final"));
    }

    @Test
    void publishingNeverUndoesAVersionPublishedMeanwhile() {
        drafts.drafts(TRAINER, "it-authoring");
        reworded("period", "A trainer's rewording, not yet published.");
        // Meanwhile the admin uploads 1.1.0, whose quiz differs (another pass mark).
        assertEquals(BundlePublisher.Result.PUBLISHED, publisher.publish(Bundles.files(Bundles.withQuiz("it-authoring", "1.1.0", "unchanged",
                Bundles.QUIZ.replace("passMark: 60", "passMark: 70"))), ModuleVersion.Source.UPLOAD, null, null).result());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> drafts.publish(TRAINER, "it-authoring", "final"));
        assertEquals("error.authoring.publishedMeanwhile", refused.messageKey());
        assertEquals("1.1.0", library.getCurrent("it-authoring").getVersion(), "nothing was published");

        QuizDraft restarted = drafts.restart(TRAINER, "it-authoring", "final");
        assertEquals(70, drafts.settings(restarted).passMark(), "the draft is the published quiz again");
        assertFalse(drafts.isUnpublished(restarted));
        reworded("period", "The rewording, made again.");
        assertEquals(BundlePublisher.Result.PUBLISHED, drafts.publish(TRAINER, "it-authoring", "final").result());
        assertEquals("1.2.0", library.getCurrent("it-authoring").getVersion());
        assertEquals(70, drafts.published("it-authoring", "final").orElseThrow().passMark(), "the upload's change is kept");
    }
}
