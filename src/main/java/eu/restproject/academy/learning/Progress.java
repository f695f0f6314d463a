package eu.restproject.academy.learning;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.content.SemanticVersion;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Learners' progress through modules: completing lessons, and how completions carry across versions. */
@ApplicationScoped
public class Progress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    /** Marks a lesson of the module's current version as completed by the caller. */
    @Transactional
    public void complete(Caller learner, String moduleId, String lessonId) {
        ModuleVersion current = library.getCurrent(moduleId);
        boolean exists = library.bundle(current).manifest().lessons().stream().anyMatch(l -> l.id().equals(lessonId));
        if (!exists) {
            throw new NotFoundException("error.lesson.notFound");
        }
        LessonProgress.Key key = new LessonProgress.Key(learner.accountId(), moduleId, lessonId);
        LessonProgress progress = em.find(LessonProgress.class, key);
        if (progress == null) {
            progress = new LessonProgress(learner.accountId(), moduleId, lessonId);
            progress.complete(current.semanticVersion(), Instant.now());
            em.persist(progress);
        } else {
            progress.complete(current.semanticVersion(), Instant.now());
        }
    }

    public ModuleProgress of(Caller learner, String moduleId) {
        return of(learner.accountId(), moduleId);
    }

    /**
     * Someone's progress in a module, for staff pages (a seminar's pre-seminar modules); the page
     * has checked that the caller may see this person.
     */
    public ModuleProgress of(long accountId, String moduleId) {
        List<ModuleVersion> versions = library.versions(moduleId);
        ModuleVersion current =
                Library.currentOf(versions).orElseThrow(() -> new NotFoundException("error.module.notFound"));
        Map<String, SemanticVersion> completions = em.createNamedQuery(
                        "LessonProgress.ofLearnerInModule", LessonProgress.class)
                .setParameter("account", accountId)
                .setParameter("module", moduleId)
                .getResultStream()
                .collect(Collectors.toMap(LessonProgress::getLessonId, LessonProgress::completedVersion));
        return progress(accountId, versions, current, completions);
    }

    /** Progress in every module that has a current version, in catalogue order. */
    public List<ModuleProgress> overview(Caller learner) {
        Map<String, Map<String, SemanticVersion>> completions = em.createNamedQuery(
                        "LessonProgress.ofLearner", LessonProgress.class)
                .setParameter("account", learner.accountId())
                .getResultStream()
                .collect(Collectors.groupingBy(
                        LessonProgress::getModuleId,
                        Collectors.toMap(LessonProgress::getLessonId, LessonProgress::completedVersion)));
        List<ModuleProgress> overview = new ArrayList<>();
        library.all()
                .forEach((moduleId, versions) -> Library.currentOf(versions)
                        .ifPresent(current -> overview.add(progress(
                                learner.accountId(),
                                versions,
                                current,
                                completions.getOrDefault(moduleId, Map.of())))));
        return overview;
    }

    /** The lesson as {@code version} of the module has it, for that version's change note. */
    private Optional<Manifest.Lesson> lessonIn(
            List<ModuleVersion> versions, Optional<SemanticVersion> version, String lessonId) {
        return version.flatMap(v -> versions.stream()
                        .filter(mv -> mv.semanticVersion().equals(v))
                        .findFirst())
                .flatMap(mv -> library.bundle(mv).manifest().lessons().stream()
                        .filter(l -> l.id().equals(lessonId))
                        .findFirst());
    }

    private ModuleProgress progress(
            long accountId,
            List<ModuleVersion> versions,
            ModuleVersion current,
            Map<String, SemanticVersion> completions) {
        var chain = library.changeChain(versions);
        var bundle = library.bundle(current);
        Manifest manifest = bundle.manifest();
        List<ModuleProgress.LessonState> lessons = manifest.lessons().stream()
                .map(lesson -> {
                    ProgressRules.Outcome outcome = ProgressRules.status(
                            lesson.id(),
                            Optional.ofNullable(completions.get(lesson.id())),
                            chain,
                            current.semanticVersion());
                    return new ModuleProgress.LessonState(
                            lesson,
                            outcome.status(),
                            lessonIn(versions, outcome.updatedIn(), lesson.id()),
                            lessonIn(versions, outcome.revisedIn(), lesson.id()));
                })
                .toList();
        Map<String, java.util.Set<eu.restproject.academy.platform.i18n.Language>> languages =
                bundle.lessons().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().keySet()));
        List<String> finalQuizzes = bundle.quizzes().values().stream()
                .filter(q -> q.completesModule())
                .map(q -> q.id())
                .toList();
        boolean passed = !finalQuizzes.isEmpty()
                && em.createQuery(
                                        "select count(a) from QuizAttempt a where a.accountId = :account "
                                                + "and a.moduleId = :module and a.quizId in :quizzes and a.passed = true",
                                        Long.class)
                                .setParameter("account", accountId)
                                .setParameter("module", current.getModuleId())
                                .setParameter("quizzes", finalQuizzes)
                                .getSingleResult()
                        > 0;
        return new ModuleProgress(current, manifest, lessons, languages, !finalQuizzes.isEmpty(), passed);
    }
}
