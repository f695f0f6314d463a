package eu.restproject.academy.learning;

import java.io.Serializable;
import java.util.Objects;

/** The key of what belongs to one question of one attempt: its saved answer and its essay grade. */
public class AttemptQuestionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long attemptId;
    private String questionId;

    public AttemptQuestionKey() {
        // for JPA
    }

    AttemptQuestionKey(Long attemptId, String questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttemptQuestionKey key
                && Objects.equals(attemptId, key.attemptId)
                && Objects.equals(questionId, key.questionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attemptId, questionId);
    }
}
