package eu.restproject.academy.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest answer to one question of an attempt, saved the moment it is given. */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptQuestionKey.class)
@NamedQuery(name = "AttemptAnswer.ofAttempt", query = "select a from AttemptAnswer a where a.attemptId = :attempt")
public class AttemptAnswer {

    /** The column's size (V3). */
    static final int MAX_LENGTH = 8000;

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "question_id", length = 64)
    private String questionId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String answer;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AttemptAnswer() {
        // for JPA
    }

    AttemptAnswer(long attemptId, String questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    void replace(String encoded, Instant when) {
        this.answer = encoded;
        this.savedAt = when;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
