package eu.restproject.academy.quiz;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.platform.i18n.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How a question is laid out for learners, shared by the attempt page, the authors' preview and the
 * quiz API so that all show the same thing: texts in the reader's language, true/false named by the
 * platform, and the one fixed order in which items to be ordered are offered.
 */
public final class QuestionLayout {

    private QuestionLayout() {}

    public static String text(Map<Language, String> texts, Language language) {
        return texts == null || texts.isEmpty() ? "" : Localized.pick(texts, language);
    }

    public static String label(Quiz.Item item, String key, Language language) {
        Map<Language, String> texts = item.labels().get(key);
        if ((texts == null || texts.isEmpty()) && ("true".equals(key) || "false".equals(key))) {
            return Messages.format(language.locale(), "attempt." + key);
        }
        return text(texts, language);
    }

    /** The markup's name for the question's kind: single, multiple, matching, ordering, shortanswer, essay, casestudy. */
    public static String type(Quiz.Item item) {
        if (item.question() instanceof ChoiceQuestion choice) {
            return choice.multiple() ? "multiple" : "single";
        }
        return item.question()
                .getClass()
                .getSimpleName()
                .replace("Question", "")
                .toLowerCase(Locale.ROOT);
    }

    public static List<String> positionsOf(Quiz.Item item) {
        int size = ((OrderingQuestion) item.question()).correctOrder().size();
        return IntStream.range(0, size).mapToObj(String::valueOf).toList();
    }

    /**
     * The answers of a matching question in the order of their texts, so that neither their ids nor
     * the order the author wrote them in gives away which prompt they belong to.
     */
    public static List<String> answersOf(Quiz.Item item, Language language) {
        return ((MatchingQuestion) item.question())
                .answers().stream()
                        .sorted(java.util.Comparator.comparing((String id) -> label(item, id, language))
                                .thenComparing(id -> id))
                        .toList();
    }

    /**
     * Items to order in a fixed mixed order (by a hash of the question's and the item's ids), never
     * the correct one: if the mix happens to be correct, it is turned by one place.
     */
    public static List<String> shuffled(Quiz.Item item) {
        String questionId = item.question().id();
        List<String> correct = ((OrderingQuestion) item.question()).correctOrder();
        List<String> items = new ArrayList<>(correct);
        items.sort(java.util.Comparator.comparingInt((String id) -> (questionId + "/" + id).hashCode())
                .thenComparing(id -> id));
        if (items.equals(correct)) {
            Collections.rotate(items, 1);
        }
        return items;
    }
}
