package eu.restproject.academy.learning.web;

import eu.restproject.academy.content.Localized;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.quiz.Quiz;
import java.util.Map;

/** The texts of a quiz in the reader's language; true/false options are named by the platform, not the author. */
final class QuizTexts {

    private QuizTexts() {
    }

    static String text(Map<Language, String> texts, Language language) {
        return texts == null || texts.isEmpty() ? "" : Localized.pick(texts, language);
    }

    static String label(Quiz.Item item, String key, Language language) {
        Map<Language, String> texts = item.labels().get(key);
        if ((texts == null || texts.isEmpty()) && ("true".equals(key) || "false".equals(key))) {
            return Messages.format(language.locale(), "attempt." + key);
        }
        return text(texts, language);
    }
}
