package eu.restproject.academy.learning;

import eu.restproject.academy.content.SemanticVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A learner completed a lesson, identified by its stable id, in a given version of the module.
 * Whether that still counts in a later version follows from the versions' change markers
 * ({@link ProgressRules}), so no row is rewritten when a version is published.
 */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgress.Key.class)
@NamedQuery(name = "LessonProgress.ofLearner", query = "select p from LessonProgress p where p.accountId = :account")
@NamedQuery(
        name = "LessonProgress.ofLearnerInModule",
        query = "select p from LessonProgress p where p.accountId = :account and p.moduleId = :module")
public class LessonProgress {

    /** Learner, module and lesson. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private String moduleId;
        private String lessonId;

        public Key() {
            // for JPA
        }

        Key(Long accountId, String moduleId, String lessonId) {
            this.accountId = accountId;
            this.moduleId = moduleId;
            this.lessonId = lessonId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(accountId, key.accountId)
                    && Objects.equals(moduleId, key.moduleId)
                    && Objects.equals(lessonId, key.lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, moduleId, lessonId);
        }
    }

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Id
    @Column(name = "lesson_id", length = 64)
    private String lessonId;

    @Column(name = "completed_version", nullable = false, length = 20)
    private String completedVersion;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
        // for JPA
    }

    LessonProgress(long accountId, String moduleId, String lessonId) {
        this.accountId = accountId;
        this.moduleId = moduleId;
        this.lessonId = lessonId;
    }

    void complete(SemanticVersion version, Instant when) {
        this.completedVersion = version.toString();
        this.completedAt = when;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public SemanticVersion completedVersion() {
        return SemanticVersion.parse(completedVersion).orElseThrow();
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
