package eu.restproject.academy.authoring.web;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.CaseStudy;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.web.FeedbackLines;
import eu.restproject.academy.quiz.web.LearnerQuestionView;
import eu.restproject.academy.quiz.web.QuestionLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> pairs = new HashMap<>();
    private final Map<String, String> positions = new HashMap<>();
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
            score = grade.score().points().toPlainString() + " / " + grade.score().max().toPlainString();
            feedback.clear();
            feedback.addAll(FeedbackLines.of(item, answer, country, language));
        } catch (AcademyException refusal) {
            problem = refusal.messageKey();
        }
    }

    private Optional<Answer> answer() {
        String id = item.question().id();
        return switch (QuestionLayout.type(item)) {
            case "single" -> Optional.ofNullable(single.get(id)).map(o -> new Answer.Choice(Set.of(o)));
            case "multiple" -> Optional.of(new Answer.Choice(new LinkedHashSet<>(multiple.getOrDefault(id, List.of()))));
            case "shortanswer", "essay" -> Optional.of(new Answer.Text(texts.getOrDefault(id, "")));
            case "matching" -> {
                Map<String, String> chosen = new HashMap<>();
                ((MatchingQuestion) item.question()).correctPairs().keySet().forEach(p -> Optional.ofNullable(pairs.get(id + "/" + p))
                        .filter(a -> !a.isEmpty()).ifPresent(a -> chosen.put(p, a)));
                yield Optional.of(new Answer.Matching(chosen));
            }
            case "ordering" -> {
                List<String> order = new ArrayList<>();
                for (int i = 0; i < ((OrderingQuestion) item.question()).correctOrder().size(); i++) {
                    order.add(positions.get(id + "/" + i));
                }
                yield order.stream().allMatch(o -> o != null && !o.isEmpty()) ? Optional.of(new Answer.Ordering(order)) : Optional.empty();
            }
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






    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, List<String>> getMultiple() {
        return multiple;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public Map<String, String> getPairs() {
        return pairs;
    }

    public Map<String, String> getPositions() {
        return positions;
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
