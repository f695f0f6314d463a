package eu.restproject.academy.learning;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.content.ModuleVersion;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import eu.restproject.academy.platform.UnfitInputException;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.AnswerCodec;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.EssayQuestion;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quiz attempts: start (or resume), save each answer as it is given, submit once. An attempt whose
 * time is up is submitted with what was saved, the next time anyone touches it.
 */
@ApplicationScoped
public class Attempts {

    /** The length learners are told: an answer's stored form (JSON, escapes included) must fit its column. */
    static final int ANSWER_LIMIT_SHOWN = 6000;

    /** The attempt, its quiz (in the version it began on) and the answers saved so far. */
    public record State(QuizAttempt attempt, Quiz quiz, Map<String, Answer> answers) {}

    /** An attempt from {@link #open}: {@code resumed} when it was already under way. */
    public record Opened(QuizAttempt attempt, boolean resumed) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    @Inject
    private Accounts accounts;

    private final Clock clock = Clock.systemUTC();

    public Quiz quiz(String moduleId, String moduleVersion, String quizId) {
        ModuleVersion version =
                library.find(moduleId, moduleVersion).orElseThrow(() -> new NotFoundException("error.module.notFound"));
        return Optional.ofNullable(library.bundle(version).quizzes().get(quizId))
                .orElseThrow(() -> new NotFoundException("error.quiz.notFound"));
    }

    public List<QuizAttempt> history(Caller learner, String moduleId, String quizId) {
        return em.createNamedQuery("QuizAttempt.ofLearner", QuizAttempt.class)
                .setParameter("account", learner.accountId())
                .setParameter("module", moduleId)
                .setParameter("quiz", quizId)
                .getResultList();
    }

    /** The learner's open attempt at the quiz, or a new one on the module's current version if attempts are left. */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public QuizAttempt start(Caller learner, String moduleId, String quizId) {
        return open(learner, moduleId, quizId).attempt();
    }

    /**
     * As {@link #start}, telling a resumed attempt from a new one. The learner's account row is
     * locked first, so that starts sent at once (tabs, a replayed request) make one attempt and the
     * number of attempts holds.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public Opened open(Caller learner, String moduleId, String quizId) {
        accounts.lock(learner.accountId());
        List<QuizAttempt> earlier = history(learner, moduleId, quizId);
        for (QuizAttempt attempt : earlier) {
            submitIfOverdue(attempt);
            if (!attempt.isSubmitted()) {
                return new Opened(attempt, true);
            }
        }
        ModuleVersion current = library.getCurrent(moduleId);
        Quiz quiz = quiz(moduleId, current.getVersion(), quizId);
        if (quiz.maxAttempts().isPresent()
                && earlier.size() >= quiz.maxAttempts().get()) {
            throw new ConflictException(
                    "attempt", "error.attempt.noneLeft", quiz.maxAttempts().get());
        }
        Instant now = clock.instant();
        QuizAttempt attempt = new QuizAttempt(
                learner.accountId(),
                moduleId,
                current.getVersion(),
                quizId,
                learner.country(),
                now,
                quiz.timeLimitMinutes()
                        .map(minutes -> now.plus(Duration.ofMinutes(minutes)))
                        .orElse(null));
        em.persist(attempt);
        return new Opened(attempt, false);
    }

    public State state(Caller learner, long attemptId) {
        return stateOf(owned(learner, attemptId));
    }

    /** An attempt as staff see it; callers check the country scope. */
    public State stateForStaff(QuizAttempt attempt) {
        return stateOf(attempt);
    }

    private State stateOf(QuizAttempt attempt) {
        long attemptId = attempt.getId();
        Map<String, Answer> answers = new LinkedHashMap<>();
        em.createNamedQuery("AttemptAnswer.ofAttempt", AttemptAnswer.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .forEach(a -> answers.put(a.getQuestionId(), AnswerCodec.decode(a.getAnswer())));
        return new State(
                attempt, quiz(attempt.getModuleId(), attempt.getModuleVersion(), attempt.getQuizId()), answers);
    }

    /**
     * Saves one answer, replacing the earlier one to the same question. Refused for another
     * learner's attempt, after submission, after the time limit, for a question the attempt does
     * not have, and for an answer that does not fit the question.
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public void save(Caller learner, long attemptId, String questionId, Answer answer) {
        QuizAttempt attempt = answerable(learner, attemptId);
        Quiz.Item item = item(attempt, questionId);
        item.question().grade(answer, attempt.getCountry());
        store(attemptId, questionId, answer);
    }

    /**
     * Takes one choice in a case study, but only when the case still stands at {@code stepId}, the
     * step the learner was shown: a double click, a replayed or a stale request changes nothing.
     *
     * @return whether the choice counted
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public boolean choose(Caller learner, long attemptId, String questionId, String stepId, String choiceId) {
        QuizAttempt attempt = answerable(learner, attemptId);
        CaseStudy study = caseStudy(attempt, questionId);
        List<String> path = new ArrayList<>(savedPath(attemptId, questionId));
        if (!study.play(path, attempt.getCountry()).current().id().equals(stepId)) {
            return false;
        }
        path.add(choiceId);
        study.grade(new Answer.Path(path), attempt.getCountry());
        store(attemptId, questionId, new Answer.Path(path));
        return true;
    }

    /**
     * A case study's whole path as a client sends it: the saved path with one more choice takes that
     * choice at the step the case stands at ({@link #choose}); the saved path again or a part of it
     * (a replay) changes nothing; a path that changes an earlier choice or skips ahead is refused.
     *
     * @return whether a choice counted
     */
    @Transactional(dontRollbackOn = InvalidInputException.class)
    public boolean advance(Caller learner, long attemptId, String questionId, List<String> path) {
        QuizAttempt attempt = answerable(learner, attemptId);
        CaseStudy study = caseStudy(attempt, questionId);
        List<String> saved = savedPath(attemptId, questionId);
        if (path.size() <= saved.size() && saved.subList(0, path.size()).equals(path)) {
            return false;
        }
        if (path.size() != saved.size() + 1 || !path.subList(0, saved.size()).equals(saved)) {
            throw new ConflictException("answer", "error.case.pathChanged", questionId);
        }
        return choose(
                learner,
                attemptId,
                questionId,
                study.play(saved, attempt.getCountry()).current().id(),
                path.get(saved.size()));
    }

    /** Grades and closes the attempt; submitting again (a second tab, a replayed request) changes nothing. */
    @Transactional
    public QuizAttempt submit(Caller learner, long attemptId) {
        QuizAttempt attempt = locked(learner, attemptId);
        // An attempt whose time ran out counts as submitted at its deadline, not when someone noticed.
        if (!submitIfOverdue(attempt) && !attempt.isSubmitted()) {
            grade(attempt, clock.instant());
        }
        return attempt;
    }

    /** Grades for each question of an attempt: essays count with the trainer's grade once there is one. */
    public Map<String, Grade> grades(State state) {
        Map<String, EssayGrade> essays = new LinkedHashMap<>();
        em.createNamedQuery("EssayGrade.ofAttempt", EssayGrade.class)
                .setParameter("attempt", state.attempt().getId())
                .getResultStream()
                .forEach(g -> essays.put(g.getQuestionId(), g));
        Map<String, Grade> grades = new LinkedHashMap<>();
        for (Quiz.Item item : state.quiz().items()) {
            String id = item.question().id();
            Answer answer = state.answers().get(id);
            if (answer == null) {
                grades.put(id, new Grade(Score.zero(item.question().points()), false));
            } else if (item.question() instanceof EssayQuestion essay && essays.containsKey(id)) {
                grades.put(id, essay.graded(essays.get(id).getPoints()));
            } else {
                grades.put(id, item.question().grade(answer, state.attempt().getCountry()));
            }
        }
        return grades;
    }

    /** The trainer's rubric comments by question, for the result page. */
    public Map<String, String> rubrics(long attemptId) {
        Map<String, String> rubrics = new LinkedHashMap<>();
        em.createNamedQuery("EssayGrade.ofAttempt", EssayGrade.class)
                .setParameter("attempt", attemptId)
                .getResultStream()
                .filter(g -> g.getRubric() != null)
                .forEach(g -> rubrics.put(g.getQuestionId(), g.getRubric()));
        return rubrics;
    }

    /** Grades the attempt again, after a trainer graded an essay. */
    public void regrade(QuizAttempt attempt) {
        grade(attempt, attempt.getSubmittedAt());
    }

    private boolean submitIfOverdue(QuizAttempt attempt) {
        if (!attempt.isSubmitted() && attempt.isOverdue(clock.instant())) {
            grade(attempt, attempt.getDeadline());
            return true;
        }
        return false;
    }

    private void grade(QuizAttempt attempt, Instant when) {
        State state = new State(
                attempt, quiz(attempt.getModuleId(), attempt.getModuleVersion(), attempt.getQuizId()), Map.of());
        Map<String, Answer> answers = new LinkedHashMap<>();
        em.createNamedQuery("AttemptAnswer.ofAttempt", AttemptAnswer.class)
                .setParameter("attempt", attempt.getId())
                .getResultStream()
                .forEach(a -> answers.put(a.getQuestionId(), AnswerCodec.decode(a.getAnswer())));
        Map<String, Grade> grades = grades(new State(attempt, state.quiz(), answers));
        Score total =
                grades.values().stream().map(Grade::score).reduce(Score::plus).orElse(Score.zero(BigDecimal.ZERO));
        boolean waiting = grades.values().stream().anyMatch(Grade::awaitingTrainer);
        boolean passed =
                total.percent().compareTo(BigDecimal.valueOf(state.quiz().passMark())) >= 0;
        attempt.submit(when, total.points(), total.max(), passed, waiting);
    }

    /** The learner's attempt, if it still takes answers. */
    private QuizAttempt answerable(Caller learner, long attemptId) {
        QuizAttempt attempt = locked(learner, attemptId);
        if (submitIfOverdue(attempt)) {
            throw new ConflictException("attempt", "error.attempt.timeUp");
        }
        if (attempt.isSubmitted()) {
            throw new ConflictException("attempt", "error.attempt.submitted");
        }
        return attempt;
    }

    private Quiz.Item item(QuizAttempt attempt, String questionId) {
        Quiz quiz = quiz(attempt.getModuleId(), attempt.getModuleVersion(), attempt.getQuizId());
        return quiz.items().stream()
                .filter(i -> i.question().id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new UnfitInputException("question", "error.question.unknown", questionId));
    }

    private CaseStudy caseStudy(QuizAttempt attempt, String questionId) {
        if (item(attempt, questionId).question() instanceof CaseStudy study) {
            return study;
        }
        throw new UnfitInputException("answer", "error.answer.unfit", questionId);
    }

    private List<String> savedPath(long attemptId, String questionId) {
        AttemptAnswer stored = em.find(AttemptAnswer.class, new AttemptQuestionKey(attemptId, questionId));
        return stored != null && AnswerCodec.decode(stored.getAnswer()) instanceof Answer.Path path
                ? path.choiceIds()
                : List.of();
    }

    private void store(long attemptId, String questionId, Answer answer) {
        if (AnswerCodec.encode(answer).length() > AttemptAnswer.MAX_LENGTH) {
            throw new UnfitInputException("answer", "error.answer.tooLong", ANSWER_LIMIT_SHOWN);
        }
        AttemptAnswer stored = em.find(AttemptAnswer.class, new AttemptQuestionKey(attemptId, questionId));
        if (stored == null) {
            stored = new AttemptAnswer(attemptId, questionId);
            stored.replace(AnswerCodec.encode(answer), clock.instant());
            em.persist(stored);
        } else {
            stored.replace(AnswerCodec.encode(answer), clock.instant());
        }
    }

    /**
     * The learner's attempt, its row locked until the transaction ends: saves and a submission of the
     * same attempt take turns, so no answer is saved after the grading that leaves it out.
     */
    private QuizAttempt locked(Caller learner, long attemptId) {
        return owned(learner, attemptId, LockModeType.PESSIMISTIC_WRITE);
    }

    private QuizAttempt owned(Caller learner, long attemptId) {
        return owned(learner, attemptId, LockModeType.NONE);
    }

    private QuizAttempt owned(Caller learner, long attemptId, LockModeType lock) {
        QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, lock);
        if (attempt == null || attempt.getAccountId() != learner.accountId()) {
            // Another learner's attempt is answered like one that does not exist.
            throw new NotFoundException("error.attempt.notFound");
        }
        return attempt;
    }
}
