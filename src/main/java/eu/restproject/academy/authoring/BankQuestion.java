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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One question of a module's bank, kept as the YAML mapping it has in a quiz file, so that what a
 * trainer authors is exactly what a bundle would hold and is checked by the same reader.
 */
@Entity
@Table(name = "bank_question")
@NamedQuery(
        name = "BankQuestion.ofModule",
        query = "select q from BankQuestion q where q.moduleId = :module order by q.questionId")
@NamedQuery(
        name = "BankQuestion.byId",
        query = "select q from BankQuestion q where q.moduleId = :module and q.questionId = :question")
public class BankQuestion {

    @Id
    @SequenceGenerator(name = "bank_question_seq", sequenceName = "bank_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_question_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "question_id", nullable = false, length = 64)
    private String questionId;

    @Column(nullable = false, length = 16)
    private String type;

    @Column(nullable = false, length = 200000)
    private String definition;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bank_question_tag", joinColumns = @JoinColumn(name = "question"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new TreeSet<>();

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BankQuestion() {
        // for JPA
    }

    BankQuestion(String moduleId, String questionId) {
        this.moduleId = moduleId;
        this.questionId = questionId;
    }

    void revise(String type, String definition, Set<String> tags, Long by, Instant at) {
        this.type = type;
        this.definition = definition;
        this.tags.clear();
        this.tags.addAll(tags);
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

    public String getQuestionId() {
        return questionId;
    }

    public String getType() {
        return type;
    }

    public String getDefinition() {
        return definition;
    }

    public Set<String> getTags() {
        return new TreeSet<>(tags);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
