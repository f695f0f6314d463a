package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.ChoiceQuestion;
import eu.restproject.academy.quiz.Feedback;
import eu.restproject.academy.quiz.OrderingQuestion;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The example worked by hand in docs/statistics.md: three questions (single choice, true/false,
 * ordering; 4 points), four sittings with totals 4, 2, 1 and 0. Scores come from grading the
 * answers, so the example also stays true to docs/grading.md.
 */
final class WorkedExample {

    static final ChoiceQuestion Q1 = new ChoiceQuestion(
            "q1",
            BigDecimal.ONE,
            false,
            List.of(
                    new ChoiceQuestion.Option("a", true, Feedback.NONE),
                    new ChoiceQuestion.Option("b", false, Feedback.NONE),
                    new ChoiceQuestion.Option("c", false, Feedback.NONE)),
            Map.of());
    static final ChoiceQuestion Q2 = ChoiceQuestion.trueFalse("q2", BigDecimal.ONE, true, Feedback.NONE, Feedback.NONE);
    static final OrderingQuestion Q3 = new OrderingQuestion("q3", BigDecimal.valueOf(2), List.of("w", "x", "y", "z"));

    /** The text of q3 is a spreadsheet formula, as a hostile or careless author might write it. */
    static final String FORMULA = "=cmd|' /C calc'!A0";

    static final Quiz QUIZ = quiz(
            "basics",
            List.of(
                    item(
                            Q1,
                            Map.of(Language.EN, "Which option?", Language.DE, "Welche Option?"),
                            Map.of(
                                    "a",
                                    Map.of(Language.EN, "Option A"),
                                    "b",
                                    Map.of(Language.EN, "Option B"),
                                    "c",
                                    Map.of(Language.EN, "+ more"))),
                    item(Q2, Map.of(Language.EN, "Victims have rights, always."), Map.of()),
                    item(Q3, Map.of(Language.EN, FORMULA), Map.of())));

    static final List<Sitting> SITTINGS = List.of(
            sitting(1, Country.AT, Map.of(Q1, choice("a"), Q2, choice("true"), Q3, order("w", "x", "y", "z"))),
            sitting(2, Country.AT, Map.of(Q1, choice("a"), Q2, choice("false"), Q3, order("w", "x", "z", "y"))),
            sitting(3, Country.FR, Map.of(Q1, choice("b"), Q2, choice("true"), Q3, order("x", "w", "z", "y"))),
            sitting(4, Country.RS, Map.of(Q2, choice("false"))));

    private WorkedExample() {}

    static Quiz quiz(String id, List<Quiz.Item> items) {
        return new Quiz(
                id,
                Map.of(Language.EN, "Basics"),
                50,
                Optional.empty(),
                Optional.empty(),
                Quiz.FeedbackPolicy.AFTER_SUBMISSION,
                false,
                items);
    }

    static Quiz.Item item(Question question, Map<Language, String> text, Map<String, Map<Language, String>> labels) {
        return new Quiz.Item(question, text, labels);
    }

    static Quiz.Item item(Question question) {
        return new Quiz.Item(question, Map.of(Language.EN, question.id()), Map.of());
    }

    /** A sitting whose scores are the grades of its answers; questions left out are unanswered. */
    static Sitting sitting(long id, Country country, Map<? extends Question, Answer> answers) {
        Map<String, Score> scores = new HashMap<>();
        Map<String, Answer> byId = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            scores.put(question.id(), question.grade(answer, country).score());
            byId.put(question.id(), answer);
        });
        return new Sitting(id, country, Profession.SOCIAL_WORKER, scores, byId);
    }

    static Answer choice(String... optionIds) {
        return new Answer.Choice(Set.of(optionIds));
    }

    static Answer order(String... itemIds) {
        return new Answer.Ordering(List.of(itemIds));
    }
}
