package eu.restproject.academy.learning.web;

import eu.restproject.academy.learning.Attempts;
import eu.restproject.academy.people.CurrentCaller;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.LanguagePreference;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of a submitted attempt, with feedback when the quiz shows it. Opening it changes
 * nothing: a link from anywhere may point here, so an attempt still open is only reported as not
 * yet submitted (submitting is a post from the attempt page). An attempt whose time ran out counts
 * as submitted at its deadline, so it is closed on the way, as any read of it would.
 */
@Named
@RequestScoped
public class AttemptResultView {

    /** What the learner answered to one question, its grade and the feedback to show. */
    public record Line(Quiz.Item item, Grade grade, List<String> answered, List<Feedback> feedback) {}

    private Long id;
    private Attempts.State state;
    private List<Line> lines;
    private Map<String, String> rubrics;

    @Inject
    private Attempts attempts;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private LanguagePreference languagePreference;

    public void load() {
        state = attempts.state(currentCaller.get(), id);
        if (!state.attempt().isSubmitted() && state.attempt().isOverdue(Instant.now())) {
            attempts.submit(currentCaller.get(), id);
            state = attempts.state(currentCaller.get(), id);
        }
        if (!state.attempt().isSubmitted()) {
            return;
        }
        Map<String, Grade> grades = attempts.grades(state);
        lines = state.quiz().items().stream()
                .map(item -> line(item, grades.get(item.question().id())))
                .toList();
        rubrics = attempts.rubrics(id);
    }

    private Line line(Quiz.Item item, Grade grade) {
        Answer answer = state.answers().get(item.question().id());
        if (answer instanceof Answer.Choice choice && item.question() instanceof ChoiceQuestion question) {
            return new Line(
                    item,
                    grade,
                    choice.optionIds().stream()
                            .map(o -> QuestionLayout.label(item, o, languagePreference.getLanguage()))
                            .toList(),
                    choice.optionIds().stream()
                            .map(o -> question.feedbackFor(o, state.attempt().getCountry()))
                            .toList());
        }
        if (answer instanceof Answer.Path path && item.question() instanceof CaseStudy study) {
            CaseStudy.Position position =
                    study.play(path.choiceIds(), state.attempt().getCountry());
            List<Feedback> debrief =
                    position.current() instanceof CaseStudy.Ending ending ? List.of(ending.debrief()) : List.of();
            return new Line(
                    item,
                    grade,
                    position.visited().stream()
                            .map(step -> text(item.labels().get(step)))
                            .toList(),
                    debrief);
        }
        if (answer instanceof Answer.Text text) {
            return new Line(item, grade, List.of(text.text()), List.of());
        }
        return new Line(item, grade, List.of(), List.of());
    }

    /** Whether the attempt is still open, so that there is no result yet to show. */
    public boolean isOpen() {
        return !state.attempt().isSubmitted();
    }

    public boolean isFeedbackShown() {
        return state.quiz().feedback() != Quiz.FeedbackPolicy.NEVER;
    }

    public String text(Map<Language, String> texts) {
        return QuestionLayout.text(texts, languagePreference.getLanguage());
    }

    public Attempts.State getState() {
        return state;
    }

    public Map<String, String> getRubrics() {
        return rubrics;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
