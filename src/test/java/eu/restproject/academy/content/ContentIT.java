package eu.restproject.academy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.learning.ModuleProgress;
import eu.restproject.academy.learning.Progress;
import eu.restproject.academy.learning.ProgressRules;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Loading, publishing, uploads, retiring and progress across versions, against the real database. */
@ExtendWith(ArquillianExtension.class)
class ContentIT {

    private static final Caller ADMIN = new Caller(-1, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private ModuleAdministration administration;

    @Inject
    private Library library;

    @Inject
    private Progress progress;

    @Inject
    private RenderedLessons rendered;

    @PersistenceContext
    private EntityManager em;

    @BeforeEach
    void cleanUp() {
        testData.removeTestModules();
        testData.removeTestAccounts();
    }

    private static Map<String, byte[]> bundle(String version, String secondChange, String secondText) {
        return Bundles.version("it-module", version, secondChange, "The period was explained again.", secondText);
    }

    private BundlePublisher.Publication publish(Map<String, byte[]> files) {
        return publisher.publish(new BundleFiles("test", files), ModuleVersion.Source.UPLOAD, null, null);
    }

    private Caller learner(String name, Country country) {
        return testData.participant(name, country, Profession.LAWYER, Language.DE);
    }

    @Test
    void theContentFolderWasLoadedAtStart() {
        ModuleVersion identification = library.getCurrent("essentials-identification");
        assertEquals("1.1.0", identification.getVersion(), "1.1.0 adds the quiz; its lessons are unchanged");
        assertEquals(ModuleVersion.Source.FOLDER, identification.getSource());
        assertFalse(library.bundle(identification).lessons().isEmpty());
        assertTrue(library.current("essentials-reflection-period").isPresent());
    }

    @Test
    void publishingStoresEveryFileOnceAndAgainChangesNothing() {
        BundlePublisher.Publication first = publish(bundle("1.0.0", "new", "At least 30 days.\n"));
        assertEquals(BundlePublisher.Result.PUBLISHED, first.result());
        Number files = (Number) em.createNativeQuery("select count(*) from bundle_file where version_id = ?")
                .setParameter(1, first.version().get().getId())
                .getSingleResult();
        assertEquals(Bundles.valid().size(), files.intValue());

        assertEquals(
                BundlePublisher.Result.ALREADY_PUBLISHED,
                publish(bundle("1.0.0", "new", "At least 30 days.\n")).result());
        assertEquals(1, library.versions("it-module").size());
    }

    @Test
    void aChangedPublishedVersionIsRefused() {
        publish(bundle("1.0.0", "new", "At least 30 days.\n"));
        BundlePublisher.Publication changed = publish(bundle("1.0.0", "new", "At least 90 days.\n"));
        assertEquals(BundlePublisher.Result.REFUSED, changed.result());
        assertTrue(
                changed.problems()
                        .get(0)
                        .message()
                        .contains("a published version never changes: publish 1.0.1 instead"),
                changed.problems().toString());
        var stored = library.bundle(library.getCurrent("it-module"))
                .lessons()
                .get("second-lesson")
                .get(Language.EN);
        assertTrue(stored.get(0).markdown().contains("30 days"), "the published text is kept");
    }

    @Test
    void badUploadsStoreNothing() {
        Map<String, byte[]> hostile = bundle("1.0.0", "new", "Text\n\n<script>alert(1)</script>\n");
        hostile.put("../../escape.txt", Bundles.utf8("x"));
        BundlePublisher.Publication refused = administration.upload(ADMIN, "hostile.zip", Bundles.zip(hostile));
        assertEquals(BundlePublisher.Result.REFUSED, refused.result());
        assertTrue(refused.problems().stream().anyMatch(p -> p.message().contains("paths leading out of the bundle")));

        BundlePublisher.Publication script = administration.upload(
                ADMIN, "script.zip", Bundles.zip(bundle("1.0.0", "new", "Text\n\n<script>alert(1)</script>\n")));
        assertEquals(
                "lessons/second-lesson.en.md:3: raw HTML is not allowed in lessons; write Markdown instead",
                script.problems().get(0).toString());
        assertTrue(library.versions("it-module").isEmpty());

        assertThrows(
                AccessDeniedException.class,
                () -> administration.upload(
                        new Caller(-2, "c@it.example.org", EnumSet.of(Role.COORDINATOR), Country.AT),
                        "ok.zip",
                        Bundles.zip(bundle("1.0.0", "new", "Fine.\n"))));
        assertTrue(library.versions("it-module").isEmpty());
    }

    @Test
    void progressSurvivesANewVersionExceptForSubstantiveChanges() {
        publish(bundle("1.0.0", "new", "At least 30 days.\n"));
        Caller learner = learner("reader", Country.AT);
        progress.complete(learner, "it-module", "first-lesson");
        progress.complete(learner, "it-module", "second-lesson");
        assertTrue(progress.of(learner, "it-module").isFinished());

        assertEquals(
                BundlePublisher.Result.PUBLISHED,
                publish(bundle("1.1.0", "substantive", "At least 30 days, and more.\n"))
                        .result());
        ModuleProgress after = progress.of(learner, "it-module");
        assertEquals("1.1.0", after.version().getVersion());
        assertEquals(
                ProgressRules.Status.COMPLETED,
                after.state("first-lesson").get().status());
        ModuleProgress.LessonState second = after.state("second-lesson").get();
        assertEquals(ProgressRules.Status.UPDATED, second.status());
        assertEquals(
                "The period was explained again.",
                second.updatedBy().get().note().get(Language.EN));
        assertEquals("second-lesson", after.resume().get().lesson().id());

        progress.complete(learner, "it-module", "second-lesson");
        assertTrue(progress.of(learner, "it-module").isFinished());

        administration.retire(ADMIN, "it-module", "1.1.0");
        assertEquals(
                "1.0.0", library.getCurrent("it-module").getVersion(), "retiring offers the previous version again");
        assertTrue(progress.of(learner, "it-module").isFinished());
    }

    @Test
    void aNewVersionMustFollowTheLatestAndMarkItsLessons() {
        publish(bundle("1.1.0", "new", "Text.\n"));
        BundlePublisher.Publication older = publish(bundle("1.0.5", "unchanged", "Text.\n"));
        assertEquals(BundlePublisher.Result.REFUSED, older.result());
        assertTrue(older.problems().get(0).message().contains("must be higher than the latest published 1.1.0"));
        BundlePublisher.Publication unmarked = publish(bundle("1.2.0", "new", "Text.\n"));
        assertTrue(
                unmarked.problems().stream().anyMatch(p -> p.message().contains("exists in 1.1.0: mark it unchanged")));
    }

    @Test
    void lessonsRenderOncePerLanguageWithFallbackToEnglish() {
        publish(bundle("1.0.0", "new", "At least 30 days.\n"));
        ModuleVersion version = library.getCurrent("it-module");
        RenderedLessons.Rendered german = rendered.lesson(version, "first-lesson", Language.DE);
        assertEquals(Language.DE, german.language());
        RenderedLessons.Rendered french = rendered.lesson(version, "first-lesson", Language.FR);
        assertEquals(Language.EN, french.language());
        assertTrue(french.segments().stream().anyMatch(s -> s.countries().contains(Country.AT)));
        assertTrue(french.segments().stream()
                .anyMatch(s -> s.html().contains("/content/it-module/1.0.0/assets/diagram.png")));
        assertTrue(
                rendered.lesson(version, "first-lesson", Language.FR) == french,
                "rendered once, then served from memory");
    }
}
