package eu.restproject.academy.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The latest answer to one question of an attempt, saved the moment it is given. */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
@NamedQuery(name = "AttemptAnswer.ofAttempt", query = "select a from AttemptAnswer a where a.attemptId = :attempt")
public class AttemptAnswer {

    /** Attempt and question. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long attemptId;
        private String questionId;

        public Key() {
            // for JPA
        }

        Key(Long attemptId, String questionId) {
            this.attemptId = attemptId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(attemptId, key.attemptId) && Objects.equals(questionId, key.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, questionId);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "question_id", length = 64)
    private String questionId;

    @Column(nullable = false, length = 8000)
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
