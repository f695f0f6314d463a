package eu.restproject.academy.quiz.web;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the shared question markup (tag a:question) asks of every page that shows questions to
 * answer, the attempt page and the authors' preview: texts and labels in the reader's language, the
 * kind of each question and the order items to order are offered in.
 */
public abstract class LearnerQuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    protected abstract Language language();

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
}
