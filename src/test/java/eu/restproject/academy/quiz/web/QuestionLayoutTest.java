package eu.restproject.academy.quiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.MatchingQuestion;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.QuestionLayout;
import eu.restproject.academy.quiz.Quiz;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What learners are offered never gives the answer away: not the correct order, not the pairs by position. */
class QuestionLayoutTest {

    @Test
    void itemsToOrderAreNeverOfferedInTheCorrectOrder() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        for (int n = 2; n <= ids.size(); n++) {
            List<String> correct = ids.subList(0, n);
            Quiz.Item item = new Quiz.Item(
                    new OrderingQuestion("steps", BigDecimal.ONE, correct), Map.of(Language.EN, "Order."), Map.of());
            List<String> offered = QuestionLayout.shuffled(item);
            assertNotEquals(correct, offered, n + " items");
            assertEquals(new HashSet<>(correct), new HashSet<>(offered));
            assertEquals(offered, QuestionLayout.shuffled(item), "the same order every time");
        }
    }

    @Test
    void matchingAnswersComeInTheOrderOfTheirTexts() {
        Map<String, Map<Language, String>> labels = new LinkedHashMap<>();
        labels.put("a1", Map.of(Language.EN, "Art. 13"));
        labels.put("a2", Map.of(Language.EN, "Art. 14"));
        labels.put("a3", Map.of(Language.EN, "Art. 10"));
        Quiz.Item item = new Quiz.Item(
                new MatchingQuestion(
                        "m",
                        BigDecimal.ONE,
                        Map.of("p1", "a1", "p2", "a2"),
                        new LinkedHashSet<>(List.of("a1", "a2", "a3"))),
                Map.of(Language.EN, "Match."),
                labels);
        assertEquals(List.of("a3", "a1", "a2"), QuestionLayout.answersOf(item, Language.EN));
    }
}
