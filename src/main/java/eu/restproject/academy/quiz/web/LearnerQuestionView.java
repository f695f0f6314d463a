package eu.restproject.academy.quiz.web;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the shared question markup (tag a:question) asks of every page that shows questions to
 * answer, the attempt page and the authors' preview: the inputs' values by question (matching pairs
 * keyed "question/prompt", positions "question/index"), the answers they make, texts and labels in
 * the reader's language, the kind of each question and the order items to order are offered in.
 */
public abstract class LearnerQuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> single = new HashMap<>();
    private final Map<String, List<String>> multiple = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> pairs = new HashMap<>();
    private final Map<String, String> positions = new HashMap<>();

    protected abstract Language language();

    /** Puts a saved answer into the inputs; case-study paths are the page's own business. */
    protected void show(String questionId, Answer answer) {
        if (answer instanceof Answer.Choice choice) {
            single.put(questionId, choice.optionIds().stream().findFirst().orElse(null));
            multiple.put(questionId, new ArrayList<>(choice.optionIds()));
        } else if (answer instanceof Answer.Text text) {
            texts.put(questionId, text.text());
        } else if (answer instanceof Answer.Matching matching) {
            matching.pairs().forEach((prompt, chosen) -> pairs.put(questionId + "/" + prompt, chosen));
        } else if (answer instanceof Answer.Ordering ordering) {
            for (int i = 0; i < ordering.itemIds().size(); i++) {
                positions.put(questionId + "/" + i, ordering.itemIds().get(i));
            }
        }
    }

    protected boolean hasSingle(String questionId) {
        return single.get(questionId) != null;
    }

    /** The option chosen, or none. */
    protected Answer.Choice singleAnswer(String questionId) {
        String chosen = single.get(questionId);
        return new Answer.Choice(chosen == null ? Set.of() : Set.of(chosen));
    }

    protected Answer.Choice multipleAnswer(String questionId) {
        return new Answer.Choice(new LinkedHashSet<>(multiple.getOrDefault(questionId, List.of())));
    }

    protected Answer.Text textAnswer(String questionId) {
        return new Answer.Text(texts.getOrDefault(questionId, ""));
    }

    /** The prompts matched so far; a prompt left at "choose" is not answered. */
    protected Answer.Matching matchingAnswer(Quiz.Item item) {
        String questionId = item.question().id();
        Map<String, String> chosen = new HashMap<>();
        ((MatchingQuestion) item.question()).correctPairs().keySet().forEach(prompt -> {
            String answer = pairs.get(questionId + "/" + prompt);
            if (answer != null && !answer.isEmpty()) {
                chosen.put(prompt, answer);
            }
        });
        return new Answer.Matching(chosen);
    }

    /** The order given, once every position holds an item. */
    protected Optional<Answer.Ordering> orderingAnswer(Quiz.Item item) {
        String questionId = item.question().id();
        List<String> order = new ArrayList<>();
        for (int i = 0; i < ((OrderingQuestion) item.question()).correctOrder().size(); i++) {
            order.add(positions.get(questionId + "/" + i));
        }
        return order.stream().allMatch(o -> o != null && !o.isEmpty())
                ? Optional.of(new Answer.Ordering(order))
                : Optional.empty();
    }

    public String text(Map<Language, String> values) {
        return QuestionLayout.text(values, language());
    }

    public String label(Quiz.Item item, String key) {
        return QuestionLayout.label(item, key, language());
    }

    public String type(Quiz.Item item) {
        return QuestionLayout.type(item);
    }

    public List<String> positionsOf(Quiz.Item item) {
        return QuestionLayout.positionsOf(item);
    }

    public List<String> answersOf(Quiz.Item item) {
        return QuestionLayout.answersOf(item, language());
    }

    public List<String> shuffled(Quiz.Item item) {
        return QuestionLayout.shuffled(item);
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
}
