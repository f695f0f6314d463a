package eu.restproject.academy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.gift.GiftReader;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authoring against the real database: the bank, drafts, publishing as a new version, export and import. */
@ExtendWith(ArquillianExtension.class)
class AuthoringIT {

    private static final Caller TRAINER = new Caller(1, "trainer@it.example.org", Set.of(Role.TRAINER), Country.NL);

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
    private GiftImports giftImports;

    @Inject
    private UncheckedBankRows uncheckedRows;

    @BeforeEach
    void cleanUp() {
        testData.removeTestModules();
        testData.removeTestAccounts();
        Bundles.publishUpload(publisher, Bundles.withQuiz("it-authoring", "1.0.0", "new", Bundles.QUIZ));
    }

    private Caller learner(String name) {
        return testData.participant(name, Country.AT, Profession.LAWYER, Language.EN);
    }

    private BankQuestion reworded(String questionId, String text) {
        BankQuestion stored = bank.get(TRAINER, "it-authoring", questionId);
        Quiz.Item item = QuestionBank.item(stored);
        Quiz.Item changed = new Quiz.Item(item.question(), Map.of(Language.EN, text), item.labels());
        return bank.save(
                TRAINER,
                "it-authoring",
                QuizWriter.questionYaml(changed),
                Set.of("reflection period"),
                stored.getVersion());
    }

    @Test
    void publishingADraftMakesANewVersionAndStartedAttemptsKeepTheirs() {
        List<QuizDraft> found = drafts.drafts(TRAINER, "it-authoring");
        assertEquals(
                List.of("final"),
                found.stream().map(QuizDraft::getQuizId).toList(),
                "the published quiz became the first draft");
        assertEquals(8, bank.questions(TRAINER, "it-authoring").size());
        assertEquals(
                Set.of("final"), bank.get(TRAINER, "it-authoring", "period").getTags());
        assertFalse(drafts.isUnpublished(found.get(0)));
        assertEquals(
                "error.authoring.nothingToPublish",
                assertThrows(InvalidInputException.class, () -> drafts.publish(TRAINER, "it-authoring", "final"))
                        .messageKey());

        Caller early = learner("early");
        QuizAttempt begun = attempts.start(early, "it-authoring", "final");
        reworded("period", "During the recovery and reflection period, who may be expelled?");
        assertTrue(drafts.isUnpublished(drafts.get(TRAINER, "it-authoring", "final")));

        BundlePublisher.Publication publication = drafts.publish(TRAINER, "it-authoring", "final");
        assertEquals(
                BundlePublisher.Result.PUBLISHED,
                publication.result(),
                publication.problems().toString());
        assertEquals("1.1.0", library.getCurrent("it-authoring").getVersion());
        assertEquals(
                ModuleVersion.Source.AUTHORING,
                library.getCurrent("it-authoring").getSource());

        QuizAttempt resumed = attempts.start(early, "it-authoring", "final");
        assertEquals(begun.getId(), resumed.getId());
        assertEquals("1.0.0", resumed.getModuleVersion(), "an attempt finishes on the version it began with");
        assertTrue(attempts.state(early, resumed.getId())
                .quiz()
                .items()
                .get(0)
                .text()
                .get(Language.EN)
                .startsWith("Who may"));
        QuizAttempt later = attempts.start(learner("later"), "it-authoring", "final");
        assertEquals("1.1.0", later.getModuleVersion());
        assertEquals(
                List.of("1.0.0", "1.1.0"),
                drafts.history("it-authoring", "final").stream()
                        .map(QuizDrafts.PublishedQuiz::moduleVersion)
                        .toList());
        assertEquals(
                Set.of("reflection period"),
                bank.get(TRAINER, "it-authoring", "period").getTags());
    }

    @Test
    void anExportedQuizImportsIntoAnotherModuleWithoutLoss() {
        drafts.drafts(TRAINER, "it-authoring");
        reworded("consent", "Consent of the person is irrelevant where any of the means was used.");
        String exported = drafts.export(TRAINER, "it-authoring", "final");
        Quiz authored = drafts.compose(drafts.get(TRAINER, "it-authoring", "final"))
                .quiz()
                .orElseThrow();

        Bundles.publishUpload(
                publisher, Bundles.version("it-authoring-copy", "1.0.0", "new", "", "At least 30 days.\n"));
        QuizDraft imported = drafts.importFile(TRAINER, "it-authoring-copy", "final.yaml", exported);
        assertEquals(authored, drafts.compose(imported).quiz().orElseThrow(), "nothing was lost on the way");
        assertEquals(
                BundlePublisher.Result.PUBLISHED,
                drafts.publish(TRAINER, "it-authoring-copy", "final").result());
        assertEquals(authored, drafts.published("it-authoring-copy", "final").orElseThrow());
    }

    @Test
    void badQuestionsAndStaleEditsAreRefusedAndNothingIsLost() {
        drafts.drafts(TRAINER, "it-authoring");
        BankQuestion before = bank.get(TRAINER, "it-authoring", "period");
        String twoCorrect = before.getDefinition().replace("id: undocumented", "id: undocumented\n  correct: true");
        InvalidInputException invalid = assertThrows(
                InvalidInputException.class,
                () -> bank.save(TRAINER, "it-authoring", twoCorrect, Set.of(), before.getVersion()));
        assertEquals("error.authoring.invalid", invalid.messageKey());
        assertTrue(invalid.arguments()[0].toString().contains("exactly one option"), invalid.arguments()[0].toString());

        String script =
                before.getDefinition().replace("Who may be expelled", "<script>alert(1)</script> Who may be expelled");
        BankQuestion saved = bank.save(TRAINER, "it-authoring", script, Set.of(), before.getVersion());
        assertTrue(
                QuestionBank.item(saved).text().get(Language.EN).startsWith("<script>"),
                "authored HTML is kept as text and escaped when shown");
        assertEquals(
                "error.authoring.stale",
                assertThrows(
                                InvalidInputException.class,
                                () -> bank.save(
                                        TRAINER, "it-authoring", before.getDefinition(), Set.of(), before.getVersion()))
                        .messageKey());
        assertEquals(
                "error.authoring.idTaken",
                assertThrows(
                                InvalidInputException.class,
                                () -> bank.save(TRAINER, "it-authoring", before.getDefinition(), Set.of(), null))
                        .messageKey());
        assertEquals(
                "error.authoring.inUse",
                assertThrows(
                                InvalidInputException.class,
                                () -> bank.delete(
                                        TRAINER, "it-authoring", "period", drafts.usedBy("it-authoring", "period")))
                        .messageKey());

        String loop = QuizWriter.quiz(drafts.compose(drafts.get(TRAINER, "it-authoring", "final"))
                        .quiz()
                        .orElseThrow())
                .replace("goto: late", "goto: first");
        InvalidInputException looping = assertThrows(
                InvalidInputException.class, () -> drafts.importFile(TRAINER, "it-authoring", "final.yaml", loop));
        assertTrue(looping.arguments()[0].toString().contains("loops back"), looping.arguments()[0].toString());
        assertTrue(
                QuestionBank.item(bank.get(TRAINER, "it-authoring", "period"))
                        .text()
                        .get(Language.EN)
                        .startsWith("<script>"),
                "a refused import stores nothing");

        Caller participant = new Caller(2, "p@it.example.org", Set.of(Role.PARTICIPANT), Country.NL);
        assertThrows(AccessDeniedException.class, () -> drafts.drafts(participant, "it-authoring"));
        assertThrows(
                AccessDeniedException.class,
                () -> bank.save(participant, "it-authoring", before.getDefinition(), Set.of(), null));
        Caller coordinator = new Caller(3, "c@it.example.org", Set.of(Role.COORDINATOR), Country.NL);
        assertThrows(AccessDeniedException.class, () -> drafts.publish(coordinator, "it-authoring", "final"));
    }

    @Test
    void publishingNeverUndoesAVersionPublishedMeanwhile() {
        drafts.drafts(TRAINER, "it-authoring");
        reworded("period", "A trainer's rewording, not yet published.");
        // Meanwhile the admin uploads 1.1.0, whose quiz differs (another pass mark).
        Bundles.publishUpload(
                publisher,
                Bundles.withQuiz(
                        "it-authoring", "1.1.0", "unchanged", Bundles.QUIZ.replace("passMark: 60", "passMark: 70")));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> drafts.publish(TRAINER, "it-authoring", "final"));
        assertEquals("error.authoring.publishedMeanwhile", refused.messageKey());
        assertEquals("1.1.0", library.getCurrent("it-authoring").getVersion(), "nothing was published");

        QuizDraft restarted = drafts.restart(TRAINER, "it-authoring", "final");
        assertEquals(70, drafts.settings(restarted).passMark(), "the draft is the published quiz again");
        assertFalse(drafts.isUnpublished(restarted));
        reworded("period", "The rewording, made again.");
        assertEquals(
                BundlePublisher.Result.PUBLISHED,
                drafts.publish(TRAINER, "it-authoring", "final").result());
        assertEquals("1.2.0", library.getCurrent("it-authoring").getVersion());
        assertEquals(
                70, drafts.published("it-authoring", "final").orElseThrow().passMark(), "the upload's change is kept");
    }

    private static final String GERMAN_GIFT = "::fresh-question::Der Himmel ist blau. {T}";

    private static Quiz.Item german(String gift) {
        return new GiftReader().read(gift, Language.DE).questions().get(0).item();
    }

    private static List<String> report(GiftImports.Report report) {
        return report.lines().stream()
                .map(l -> l.key() + " " + String.join(" ", l.args()))
                .toList();
    }

    @Test
    void everyWayIntoTheBankReadsTheQuestionBackAndStoresNothingItRefuses() {
        drafts.drafts(TRAINER, "it-authoring");
        InvalidInputException german = assertThrows(
                InvalidInputException.class,
                () -> giftImports.importFile(
                        TRAINER, "it-authoring", GERMAN_GIFT, Language.DE, GiftImports.Collision.NEW_ID));
        assertEquals("error.authoring.giftLanguage", german.messageKey());
        assertEquals(List.of("Deutsch"), List.of(german.arguments()));
        assertTrue(
                bank.find("it-authoring", "fresh-question").isEmpty(),
                "a GIFT file in another language stores nothing");
        Caller participant = new Caller(2, "p@it.example.org", Set.of(Role.PARTICIPANT), Country.NL);
        assertThrows(
                AccessDeniedException.class,
                () -> giftImports.importFile(
                        participant, "it-authoring", GERMAN_GIFT, Language.EN, GiftImports.Collision.REPLACE));

        InvalidInputException unreadable = assertThrows(
                InvalidInputException.class,
                () -> bank.putAll(TRAINER, "it-authoring", List.of(german(GERMAN_GIFT)), List.of("gift")));
        assertEquals("error.authoring.invalid", unreadable.messageKey());
        assertTrue(
                unreadable.arguments()[0].toString().contains("needs an English text"),
                unreadable.arguments()[0].toString());
        assertTrue(
                bank.find("it-authoring", "fresh-question").isEmpty(),
                "adding questions in bulk is checked like saving one");

        GiftImports.Report english = giftImports.importFile(
                TRAINER,
                "it-authoring",
                "// [tag:sky]\n::fresh-question::The sky is blue. {T}\n\n" + "::days::How many days? {#30}",
                Language.EN,
                GiftImports.Collision.NEW_ID);
        assertEquals(1, english.stored());
        assertFalse(english.refused());
        assertEquals(List.of("authoring.gift.added 2 fresh-question", "gift.unsupported.numerical 4"), report(english));
        BankQuestion stored = bank.get(TRAINER, "it-authoring", "fresh-question");
        assertEquals(Set.of("gift", "sky"), stored.getTags());
        assertTrue(QuestionBank.reading(stored).problem().isEmpty());
        assertEquals("The sky is blue.", QuestionBank.item(stored).text().get(Language.EN));
    }

    @Test
    void aGiftQuestionWhoseIdIsTakenGetsANewIdUnlessTheTrainerAsksToReplaceIt() {
        drafts.drafts(TRAINER, "it-authoring");
        BankQuestion published = bank.get(TRAINER, "it-authoring", "period");
        String gift =
                "::period::Who may be expelled during the period? {=nobody ~everybody}\n\n::Period::Same title, another question. {T}";

        GiftImports.Report renamed =
                giftImports.importFile(TRAINER, "it-authoring", gift, Language.EN, GiftImports.Collision.NEW_ID);
        assertEquals(
                List.of("authoring.gift.renamed 1 period period-2", "authoring.gift.renamed 3 period period-3"),
                report(renamed));
        BankQuestion kept = bank.get(TRAINER, "it-authoring", "period");
        assertEquals(published.getDefinition(), kept.getDefinition(), "the published quiz's question is not touched");
        assertEquals(published.getVersion(), kept.getVersion());
        assertEquals(
                "Who may be expelled during the period?",
                QuestionBank.item(bank.get(TRAINER, "it-authoring", "period-2"))
                        .text()
                        .get(Language.EN));
        assertFalse(drafts.isUnpublished(drafts.get(TRAINER, "it-authoring", "final")));

        GiftImports.Report replaced =
                giftImports.importFile(TRAINER, "it-authoring", gift, Language.EN, GiftImports.Collision.REPLACE);
        assertEquals(
                List.of("authoring.gift.replaced 1 period", "authoring.gift.renamed 3 period period-4"),
                report(replaced));
        BankQuestion replacement = bank.get(TRAINER, "it-authoring", "period");
        assertNotEquals(published.getDefinition(), replacement.getDefinition(), "replacing was asked for explicitly");
        assertEquals(Set.of("final", "gift"), replacement.getTags());
        assertTrue(drafts.isUnpublished(drafts.get(TRAINER, "it-authoring", "final")));
    }

    @Test
    void aBankHoldingAnInvalidQuestionStillOpensAndTheQuestionCanBeRepairedOrDeleted() {
        QuizDraft draft = drafts.drafts(TRAINER, "it-authoring").get(0);
        // What the GIFT import of a German trainer stored before issue 11: a question without an English text.
        uncheckedRows.store(
                "it-authoring", "fresh-question", "truefalse", QuizWriter.questionYaml(german(GERMAN_GIFT)));
        uncheckedRows.store(
                "it-authoring",
                "cloudy",
                "truefalse",
                QuizWriter.questionYaml(german("::cloudy::Es ist bewölkt. {F}")));

        List<BankQuestion> questions = bank.questions(TRAINER, "it-authoring");
        assertEquals(10, questions.size(), "the bank still lists every question");
        BankQuestion bad = bank.get(TRAINER, "it-authoring", "fresh-question");
        QuestionBank.Reading reading = QuestionBank.reading(bad);
        assertTrue(reading.item().isEmpty());
        assertTrue(reading.problem().contains("needs an English text"), reading.problem());
        assertFalse(
                drafts.review(drafts.get(TRAINER, "it-authoring", "final"))
                        .composed()
                        .quiz()
                        .isEmpty(),
                "the draft still composes");
        assertEquals(60, drafts.settings(draft).passMark());

        Quiz.Item fixed = new Quiz.Item(
                german(GERMAN_GIFT).question(),
                Map.of(Language.EN, "The sky is blue.", Language.DE, "Der Himmel ist blau."),
                Map.of());
        BankQuestion repaired =
                bank.save(TRAINER, "it-authoring", QuizWriter.questionYaml(fixed), bad.getTags(), bad.getVersion());
        assertTrue(QuestionBank.reading(repaired).problem().isEmpty());
        assertEquals(
                "Der Himmel ist blau.", QuestionBank.item(repaired).text().get(Language.DE), "the German text is kept");

        bank.delete(TRAINER, "it-authoring", "cloudy", drafts.usedBy("it-authoring", "cloudy"));
        assertTrue(bank.find("it-authoring", "cloudy").isEmpty(), "an invalid question can be deleted");
    }
}
