package eu.restproject.academy.learning;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The trainers' queue of written answers to grade, within the country scope: a trainer or
 * coordinator sees the essays of learners of their own country, the admin all of them.
 */
@ApplicationScoped
public class EssayGrading {

    static final int RUBRIC_MAX = 4000;

    /** One written answer waiting for a grade. */
    public record Pending(QuizAttempt attempt, Quiz quiz, Quiz.Item item, String text) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Attempts attempts;

    @Inject
    private ResultNotice resultNotice;

    public List<Pending> queue(Caller staff) {
        if (!staff.isStaff()) {
            throw new AccessDeniedException("error.access.role");
        }
        List<QuizAttempt> waiting = em.createQuery(
                        "select a from QuizAttempt a where a.awaitingTrainer = true order by a.submittedAt",
                        QuizAttempt.class)
                .getResultList();
        List<Pending> pending = new ArrayList<>();
        for (QuizAttempt attempt : waiting) {
            if (!staff.maySeePeopleOf(attempt.getCountry())) {
                continue;
            }
            Attempts.State state = attempts.stateForStaff(attempt);
            var graded = attempts.grades(state);
            for (Quiz.Item item : state.quiz().items()) {
                if (item.question() instanceof EssayQuestion
                        && graded.get(item.question().id()).awaitingTrainer()
                        && state.answers().get(item.question().id()) instanceof Answer.Text text) {
                    pending.add(new Pending(attempt, state.quiz(), item, text.text()));
                }
            }
        }
        return pending;
    }

    /**
     * Records the grade and rubric comment; once every essay of the attempt is graded, the attempt gets
     * its result and the learner a letter ({@link ResultNotice}). The attempt's row is locked: two
     * trainers grading two essays of one attempt at once take turns, so the second sees the first
     * grade, the attempt completes, and exactly one of them writes the letter.
     */
    @Transactional
    public void grade(Caller staff, long attemptId, String questionId, BigDecimal points, String rubric) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.isSubmitted()) {
            throw new NotFoundException("error.attempt.notFound");
        }
        if (!staff.isStaff()) {
            throw new AccessDeniedException("error.access.role");
        }
        staff.requirePeopleOf(attempt.getCountry());
        Attempts.State state = attempts.stateForStaff(attempt);
        Quiz.Item item = state.quiz().items().stream()
                .filter(i -> i.question().id().equals(questionId))
                .findFirst()
                .filter(i -> i.question() instanceof EssayQuestion)
                .orElseThrow(() -> new InvalidInputException("question", "error.answer.unfit", questionId));
        ((EssayQuestion) item.question()).graded(points);
        String comment = rubric == null ? null : rubric.strip();
        if (comment != null && comment.length() > RUBRIC_MAX) {
            throw new InvalidInputException("rubric", "error.essay.rubric", RUBRIC_MAX);
        }
        EssayGrade grade = em.find(EssayGrade.class, new AttemptQuestionKey(attemptId, questionId));
        if (grade == null) {
            grade = new EssayGrade(attemptId, questionId);
            grade.set(points, comment, staff.accountId(), Instant.now());
            em.persist(grade);
        } else {
            grade.set(points, comment, staff.accountId(), Instant.now());
        }
        em.flush();
        ResultNotice.Before before = ResultNotice.Before.of(attempt);
        attempts.regrade(attempt);
        resultNotice.graded(before, attempt, state.quiz());
    }
}
