package eu.restproject.academy.learning;

import eu.restproject.academy.people.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One learner's attempt at one quiz, pinned to the module version it began on: publishing a new
 * version never changes an attempt under way. Submitted once; the version column makes a second,
 * concurrent submission fail instead of grading twice.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
        name = "QuizAttempt.ofLearner",
        query = "select a from QuizAttempt a where a.accountId = :account "
                + "and a.moduleId = :module and a.quizId = :quiz order by a.startedAt")
public class QuizAttempt {

    @Id
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "module_version", nullable = false, length = 20)
    private String moduleVersion;

    @Column(name = "quiz_id", nullable = false, length = 64)
    private String quizId;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Country country;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private BigDecimal score;

    @Column(name = "max_score")
    private BigDecimal maxScore;

    private Boolean passed;

    @Column(name = "awaiting_trainer", nullable = false)
    private boolean awaitingTrainer;

    protected QuizAttempt() {
        // for JPA
    }

    QuizAttempt(
            long accountId,
            String moduleId,
            String moduleVersion,
            String quizId,
            Country country,
            Instant startedAt,
            Instant deadline) {
        this.accountId = accountId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.quizId = quizId;
        this.country = country;
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void submit(Instant when, BigDecimal points, BigDecimal max, boolean pass, boolean waiting) {
        this.submittedAt = when;
        this.score = points;
        this.maxScore = max;
        this.passed = waiting ? null : pass;
        this.awaitingTrainer = waiting;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    public Long getId() {
        return id;
    }

    /** Changes when the attempt itself changes (its submission), not with each saved answer. */
    public long getVersion() {
        return version;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public String getQuizId() {
        return quizId;
    }

    public Country getCountry() {
        return country;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public Boolean getPassed() {
        return passed;
    }

    public boolean isAwaitingTrainer() {
        return awaitingTrainer;
    }
}
