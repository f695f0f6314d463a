package eu.restproject.academy.authoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The next version of one quiz of a module: its settings (the quiz file's fields other than the
 * questions, as YAML), the bank questions it asks, in order, and the module version it builds on,
 * so that publishing never undoes a change to the quiz published meanwhile.
 */
@Entity
@Table(name = "quiz_draft")
@NamedQuery(
        name = "QuizDraft.ofModule",
        query = "select d from QuizDraft d where d.moduleId = :module order by d.quizId")
@NamedQuery(
        name = "QuizDraft.byId",
        query = "select d from QuizDraft d where d.moduleId = :module and d.quizId = :quiz")
public class QuizDraft {

    @Id
    @SequenceGenerator(name = "quiz_draft_seq", sequenceName = "quiz_draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_draft_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "quiz_id", nullable = false, length = 64)
    private String quizId;

    @Column(nullable = false, length = 20000)
    private String settings;

    @Column(name = "based_on", length = 20)
    private String basedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_draft_question", joinColumns = @JoinColumn(name = "draft"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", length = 64)
    private List<String> questionIds = new ArrayList<>();

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QuizDraft() {
        // for JPA
    }

    QuizDraft(String moduleId, String quizId) {
        this.moduleId = moduleId;
        this.quizId = quizId;
    }

    void buildOn(String moduleVersion) {
        this.basedOn = moduleVersion;
    }

    void revise(String settings, List<String> questionIds, Long by, Instant at) {
        this.settings = settings;
        this.questionIds.clear();
        this.questionIds.addAll(questionIds);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getQuizId() {
        return quizId;
    }

    public String getSettings() {
        return settings;
    }

    public List<String> getQuestionIds() {
        return List.copyOf(questionIds);
    }

    /** The module version whose quiz this draft started from or was last published as; null for a new quiz. */
    public String getBasedOn() {
        return basedOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
