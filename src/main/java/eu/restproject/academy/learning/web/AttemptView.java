package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.platform.web.FacesMessages;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.web.FeedbackLines;
import eu.restproject.academy.quiz.web.LearnerQuestionView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Taking a quiz. Every change is saved on the server at once (autosave), so a closed tab or a
 * dropped connection loses nothing: opening the attempt again shows every saved answer.
 */
@Named
@ViewScoped
public class AttemptView extends LearnerQuestionView {

    private static final long serialVersionUID = 1L;

    private Long id;
    private transient Attempts.State state;
    private final Map<String, List<String>> paths = new HashMap<>();
    private transient Map<String, Answer> given;

    @Inject
    private transient Attempts attempts;

    @Inject
    private transient CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() throws IOException {
        state = attempts.state(currentCaller.get(), id);
        if (state.attempt().isSubmitted() || state.attempt().isOverdue(java.time.Instant.now())) {
            attempts.submit(currentCaller.get(), id);
            redirectToResult();
            return;
        }
        given = new HashMap<>(state.answers());
        state.answers().forEach((questionId, answer) -> {
            show(questionId, answer);
            if (answer instanceof Answer.Path path) {
                paths.put(questionId, new ArrayList<>(path.choiceIds()));
            }
        });
    }

    public void saveSingle(String questionId) {
        save(questionId, singleAnswer(questionId));
    }

    public void saveMultiple(String questionId) {
        save(questionId, multipleAnswer(questionId));
    }

    public void saveText(String questionId) {
        save(questionId, textAnswer(questionId));
    }

    public void saveMatching(String questionId) {
        save(questionId, matchingAnswer(item(questionId)));
    }

    /** An ordering is saved once every position holds a different item. */
    public void saveOrdering(String questionId) {
        orderingAnswer(item(questionId))
                .filter(order -> new LinkedHashSet<>(order.itemIds()).size()
                        == order.itemIds().size())
                .ifPresent(order -> save(questionId, order));
    }

    public void submit() throws IOException {
        attempts.submit(currentCaller.get(), id);
        redirectToResult();
    }

    /**
     * One step of a case study: the choice counts only when the case still stands at the step the
     * form was shown for ({@link Attempts#choose}), so a double click, a replayed or a stale post
     * from another tab changes nothing. The learner returns to the attempt at that case by GET.
     */
    public void choose(String questionId, String choiceId) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            attempts.choose(
                    currentCaller.get(),
                    id,
                    questionId,
                    external.getRequestParameterMap().get("step"),
                    choiceId);
        } catch (AcademyException refusal) {
            // A refused choice changes nothing; the attempt page shows where the case stands.
        }
        external.redirect(external.getRequestContextPath() + "/learn/attempt.xhtml?id=" + id + "#q-" + questionId);
    }

    private boolean save(String questionId, Answer answer) {
        try {
            attempts.save(currentCaller.get(), id, questionId, answer);
            given().put(questionId, answer);
            return true;
        } catch (AcademyException refusal) {
            FacesMessages.error(refusal.messageKey(), refusal.arguments());
            return false;
        }
    }

    private void redirectToResult() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/learn/attempt-result.xhtml?id=" + id);
    }

    private Quiz.Item item(String questionId) {
        return state().quiz().items().stream()
                .filter(i -> i.question().id().equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    private Attempts.State state() {
        if (state == null) {
            state = attempts.state(currentCaller.get(), id);
        }
        return state;
    }

    /** Where the learner stands in a case study, following the saved path. */
    public CaseStudy.Position position(String questionId) {
        CaseStudy study = (CaseStudy) item(questionId).question();
        return study.play(
                paths.getOrDefault(questionId, List.of()), state().attempt().getCountry());
    }

    public List<CaseStudy.Choice> choices(String questionId) {
        return position(questionId).current() instanceof CaseStudy.Decision decision ? decision.choices() : List.of();
    }

    /** The deadline in the reader's language; in UTC, since the platform does not know the reader's time zone. */
    public String getDeadline() {
        java.time.Instant deadline = state().attempt().getDeadline();
        return deadline == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern(
                                "HH:mm 'UTC', d MMM yyyy", language().locale())
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(deadline);
    }

    /** Whole minutes left until the deadline, as the page opens; the server submits at the deadline whatever the page shows. */
    public long getMinutesLeft() {
        java.time.Instant deadline = state().attempt().getDeadline();
        return deadline == null
                ? 0
                : Math.max(
                        0,
                        java.time.Duration.between(java.time.Instant.now(), deadline)
                                .toMinutes());
    }

    /** Whether the quiz shows feedback right after each answer. */
    public boolean isImmediate() {
        return state().quiz().feedback() == Quiz.FeedbackPolicy.IMMEDIATE;
    }

    /** The score of the saved answer, as "1.00 / 2.00"; empty before an answer and for essays, which a trainer grades. */
    public String gradeOf(Quiz.Item item) {
        Answer answer = given().get(item.question().id());
        if (answer == null) {
            return "";
        }
        Grade grade = item.question().grade(answer, state().attempt().getCountry());
        return grade.awaitingTrainer()
                ? ""
                : grade.score().points().toPlainString() + " / "
                        + grade.score().max().toPlainString();
    }

    public List<FeedbackLines.Line> feedback(Quiz.Item item) {
        Answer answer = given().get(item.question().id());
        return answer == null
                ? List.of()
                : FeedbackLines.of(item, answer, state().attempt().getCountry(), languagePreference.getLanguage());
    }

    private Map<String, Answer> given() {
        if (given == null) {
            given = new HashMap<>(attempts.state(currentCaller.get(), id).answers());
        }
        return given;
    }

    /** The shared question markup (tag a:question) asks; the authors' preview answers true. */
    public boolean isPreview() {
        return false;
    }

    @Override
    protected Language language() {
        return languagePreference.getLanguage();
    }

    public Attempts.State getState() {
        return state();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
