package eu.restproject.academy.authoring.web;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.web.FeedbackLines;
import eu.restproject.academy.quiz.web.LearnerQuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question answered in the authors' preview: the same answer maps and helpers as the attempt page
 * (tag a:question), kept in memory, graded for the country the author picks, with the feedback
 * that country's learners would get.
 */
public class QuestionPreview extends LearnerQuestionView {

    private static final long serialVersionUID = 1L;

    private final transient Quiz.Item item;
    private final Language language;
    private final Country country;
    private final List<String> path = new ArrayList<>();
    private String score;
    private String problem;
    private final List<FeedbackLines.Line> feedback = new ArrayList<>();

    QuestionPreview(Quiz.Item item, Language language, Country country) {
        this.item = item;
        this.language = language;
        this.country = country;
    }

    public Quiz.Item getItem() {
        return item;
    }

    /** Grades what the author answered, as it would be graded for a learner of the chosen country. */
    public void check() {
        feedback.clear();
        problem = null;
        answer().ifPresentOrElse(this::grade, () -> score = null);
    }

    public void choose(String questionId, String choiceId) {
        path.add(choiceId);
        grade(new Answer.Path(List.copyOf(path)));
    }

    private void grade(Answer answer) {
        try {
            Grade grade = item.question().grade(answer, country);
            score = grade.score().points().toPlainString() + " / "
                    + grade.score().max().toPlainString();
            feedback.clear();
            feedback.addAll(FeedbackLines.of(item, answer, country, language));
        } catch (AcademyException refusal) {
            problem = refusal.messageKey();
        }
    }

    private Optional<Answer> answer() {
        String id = item.question().id();
        return switch (QuestionLayout.type(item)) {
            case "single" -> hasSingle(id) ? Optional.of(singleAnswer(id)) : Optional.empty();
            case "multiple" -> Optional.of(multipleAnswer(id));
            case "shortanswer", "essay" -> Optional.of(textAnswer(id));
            case "matching" -> Optional.of(matchingAnswer(item));
            case "ordering" -> orderingAnswer(item).map(Answer.class::cast);
            default -> Optional.empty();
        };
    }

    // The rest mirrors the attempt page's view, which the shared markup calls.

    @Override
    protected Language language() {
        return language;
    }

    public boolean isPreview() {
        return true;
    }

    /** The preview shows feedback when the author checks an answer, whatever the quiz's policy. */
    public boolean isImmediate() {
        return false;
    }

    public Long getId() {
        return null;
    }

    public void saveSingle(String questionId) {
        // kept in the maps until the author checks the answer
    }

    public void saveMultiple(String questionId) {
        // as above
    }

    public void saveText(String questionId) {
        // as above
    }

    public void saveMatching(String questionId) {
        // as above
    }

    public void saveOrdering(String questionId) {
        // as above
    }

    public CaseStudy.Position position(String questionId) {
        return ((CaseStudy) item.question()).play(path, country);
    }

    public List<CaseStudy.Choice> choices(String questionId) {
        return position(questionId).current() instanceof CaseStudy.Decision decision ? decision.choices() : List.of();
    }

    public String getScore() {
        return score;
    }

    public String getProblem() {
        return problem;
    }

    public List<FeedbackLines.Line> getFeedback() {
        return feedback;
    }
}
