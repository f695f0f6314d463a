package eu.restproject.academy.learning;

import eu.restproject.academy.content.Manifest;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.platform.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A learner's standing in the current version of one module. */
public record ModuleProgress(
        ModuleVersion version,
        Manifest manifest,
        List<LessonState> lessons,
        Map<String, Set<Language>> lessonLanguages,
        boolean hasFinalQuiz,
        boolean finalQuizPassed) {

    /**
     * One lesson and its status; the note of {@code updatedBy} explains a substantive update, the note
     * of {@code revisedBy} a rewording since the learner read it.
     */
    public record LessonState(
            Manifest.Lesson lesson,
            ProgressRules.Status status,
            Optional<Manifest.Lesson> updatedBy,
            Optional<Manifest.Lesson> revisedBy) {
        public boolean isCompleted() {
            return status == ProgressRules.Status.COMPLETED;
        }

        public boolean isUpdated() {
            return status == ProgressRules.Status.UPDATED;
        }
    }

    public boolean available(String lessonId, Language language) {
        return lessonLanguages.getOrDefault(lessonId, Set.of()).contains(language);
    }

    public long completed() {
        return lessons.stream().filter(LessonState::isCompleted).count();
    }

    public int total() {
        return lessons.size();
    }

    public int percent() {
        return lessons.isEmpty() ? 0 : (int) (100 * completed() / lessons.size());
    }

    public boolean isFinished() {
        return completed() == lessons.size();
    }

    /**
     * The module is completed by passing its final quiz when it has one (a quiz that
     * "completesModule"), otherwise by completing every lesson. Certificates rely on this.
     */
    public boolean isModuleCompleted() {
        return hasFinalQuiz ? finalQuizPassed : isFinished();
    }

    /** Where to go on: the first lesson in order that is not completed (an updated one counts as not completed). */
    public Optional<LessonState> resume() {
        return lessons.stream().filter(l -> !l.isCompleted()).findFirst();
    }

    public Optional<LessonState> state(String lessonId) {
        return lessons.stream().filter(l -> l.lesson().id().equals(lessonId)).findFirst();
    }
}
