package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.quiz.Question;
import eu.restproject.academy.quiz.Quiz;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Item analysis of one quiz, as Moodle's quiz statistics define it: per question the facility
 * (how easy) and the discrimination (whether learners who do well on the rest of the quiz also do
 * well on this question), and per quiz the spread of totals. Every sitting counts, each unanswered
 * question with 0, so the figures describe the quiz as learners met it. Formulas and a worked
 * example: docs/statistics.md.
 */
public final class ItemAnalysis {

    private final Quiz quiz;

    public ItemAnalysis(Quiz quiz) {
        this.quiz = Objects.requireNonNull(quiz);
    }

    public QuizFigures figures(List<Sitting> sittings) {
        BigDecimal max =
                quiz.items().stream().map(item -> item.question().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> totals = sittings.stream().map(s -> s.total(quiz)).toList();
        Sample sample = new Sample(totals);
        BigDecimal passMark = BigDecimal.valueOf(quiz.passMark());
        // Same rule as an attempt's result: the total's percent, rounded to two decimals, reaches the pass mark.
        int passed = (int) totals.stream()
                .filter(t -> Sample.round(Sample.percent(t, max)).compareTo(passMark) >= 0)
                .count();
        List<QuestionFigures> questions = quiz.items().stream()
                .map(item -> question(item.question(), sittings, totals))
                .toList();
        return new QuizFigures(
                quiz.id(),
                sittings.size(),
                Sample.round(max),
                percent(sample.mean(), max),
                percent(sample.median(), max),
                percent(sample.standardDeviation(), max),
                passed,
                questions);
    }

    /** The figures of each partner country's sittings, and of all sittings; a country without sittings has empty figures. */
    public Breakdown<Country> byCountry(List<Sitting> sittings) {
        return breakdown(sittings, Country.class, Sitting::country);
    }

    /** The figures of each profession's sittings, and of all sittings. */
    public Breakdown<Profession> byProfession(List<Sitting> sittings) {
        return breakdown(sittings, Profession.class, Sitting::profession);
    }

    private <K extends Enum<K>> Breakdown<K> breakdown(
            List<Sitting> sittings, Class<K> type, Function<Sitting, K> group) {
        Map<K, QuizFigures> groups = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            groups.put(
                    key,
                    figures(sittings.stream().filter(s -> group.apply(s) == key).toList()));
        }
        return new Breakdown<>(groups, figures(sittings));
    }

    private QuestionFigures question(Question question, List<Sitting> sittings, List<BigDecimal> totals) {
        List<BigDecimal> scores =
                sittings.stream().map(s -> s.score(question).points()).toList();
        Sample sample = new Sample(scores);
        int answered = (int) sittings.stream()
                .filter(s -> s.answer(question.id()).isPresent())
                .count();
        return new QuestionFigures(
                question.id(),
                QuestionKind.of(question),
                Sample.round(question.points()),
                answered,
                sample.mean().map(Sample::round),
                percent(sample.mean(), question.points()),
                sample.standardDeviation().map(Sample::round),
                discrimination(sample, scores, totals),
                AnswerDistribution.of(question, sittings));
    }

    /**
     * Correlation of the question's score with the rest of the quiz (total minus this question),
     * times 100. Taking the rest rather than the total keeps the question from correlating with
     * itself, which would flatter questions worth many points.
     */
    private static Optional<BigDecimal> discrimination(
            Sample question, List<BigDecimal> scores, List<BigDecimal> totals) {
        List<BigDecimal> rest = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            rest.add(totals.get(i).subtract(scores.get(i)));
        }
        return question.correlation(new Sample(rest)).map(r -> Sample.round(r.multiply(BigDecimal.valueOf(100))));
    }

    private static Optional<BigDecimal> percent(Optional<BigDecimal> points, BigDecimal max) {
        return points.map(p -> Sample.round(Sample.percent(p, max)));
    }
}
