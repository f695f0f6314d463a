package eu.restproject.academy.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A trainer's grade of one written answer, with the rubric comment the learner sees. */
@Entity
@Table(name = "essay_grade")
@IdClass(AttemptQuestionKey.class)
@NamedQuery(name = "EssayGrade.ofAttempt", query = "select g from EssayGrade g where g.attemptId = :attempt")
public class EssayGrade {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Id
    @Column(name = "question_id", length = 64)
    private String questionId;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(length = 4000)
    private String rubric;

    @Column(name = "graded_by", nullable = false)
    private long gradedBy;

    @Column(name = "graded_at", nullable = false)
    private Instant gradedAt;

    protected EssayGrade() {
        // for JPA
    }

    EssayGrade(long attemptId, String questionId) {
        this.attemptId = attemptId;
        this.questionId = questionId;
    }

    void set(BigDecimal awarded, String comment, long grader, Instant when) {
        this.points = awarded;
        this.rubric = comment;
        this.gradedBy = grader;
        this.gradedAt = when;
    }

    public String getQuestionId() {
        return questionId;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getRubric() {
        return rubric;
    }
}
