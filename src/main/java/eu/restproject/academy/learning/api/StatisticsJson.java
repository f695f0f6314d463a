package eu.restproject.academy.learning.api;

import eu.restproject.academy.learning.QuizStatistics;
import eu.restproject.academy.quiz.statistics.OutcomeCount;
import eu.restproject.academy.quiz.statistics.QuestionFigures;
import eu.restproject.academy.quiz.statistics.QuestionKind;
import eu.restproject.academy.quiz.statistics.QuizFigures;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A quiz's item analysis for staff. Undefined figures (too few attempts, no spread) are left out
 * rather than sent as 0; {@code countries} is there for the admin only.
 */
public record StatisticsJson(
        String quiz,
        String module,
        String moduleVersion,
        String country,
        String profession,
        long awaitingTrainer,
        FiguresJson figures,
        Map<String, FiguresJson> countries) {

    /** The figures of a set of attempts: totals in percent of {@code maxPoints}. */
    public record FiguresJson(
            int attempts,
            BigDecimal maxPoints,
            BigDecimal mean,
            BigDecimal median,
            BigDecimal standardDeviation,
            int passed,
            List<QuestionJson> questions) {}

    /** One question: mean and standard deviation in points, facility in percent, discrimination −100 to 100. */
    public record QuestionJson(
            String id,
            String type,
            BigDecimal points,
            int answered,
            BigDecimal mean,
            BigDecimal facility,
            BigDecimal standardDeviation,
            BigDecimal discrimination,
            List<OutcomeJson> distribution) {}

    /** How many attempts had one outcome: an option or ending (with its id), or a band such as "full" or "not-answered". */
    public record OutcomeJson(String outcome, String id, long count) {}

    static StatisticsJson of(QuizStatistics.Report report) {
        Map<String, FiguresJson> countries = report.countries()
                .map(breakdown -> {
                    Map<String, FiguresJson> byCountry = new LinkedHashMap<>();
                    breakdown.groups().forEach((country, figures) -> byCountry.put(country.name(), figures(figures)));
                    return byCountry;
                })
                .orElse(null);
        return new StatisticsJson(
                report.moduleId() + ":" + report.quiz().id(),
                report.moduleId(),
                report.moduleVersion(),
                report.country() == null ? null : report.country().name(),
                report.profession() == null ? null : report.profession().name().toLowerCase(Locale.ROOT),
                report.awaitingTrainer(),
                figures(report.figures()),
                countries);
    }

    private static FiguresJson figures(QuizFigures figures) {
        return new FiguresJson(
                figures.sittings(),
                figures.maxPoints(),
                figures.mean().orElse(null),
                figures.median().orElse(null),
                figures.standardDeviation().orElse(null),
                figures.passed(),
                figures.questions().stream().map(StatisticsJson::question).toList());
    }

    private static QuestionJson question(QuestionFigures q) {
        return new QuestionJson(
                q.questionId(),
                type(q.kind()),
                q.maxPoints(),
                q.answered(),
                q.mean().orElse(null),
                q.facility().orElse(null),
                q.standardDeviation().orElse(null),
                q.discrimination().orElse(null),
                q.distribution().stream().map(StatisticsJson::outcome).toList());
    }

    private static OutcomeJson outcome(OutcomeCount count) {
        String outcome = count.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        boolean named =
                count.outcome() == OutcomeCount.Outcome.OPTION || count.outcome() == OutcomeCount.Outcome.ENDING;
        return new OutcomeJson(outcome, named ? count.id() : null, count.count());
    }

    /** The type names of the quiz API. */
    private static String type(QuestionKind kind) {
        return switch (kind) {
            case SINGLE_CHOICE -> "single";
            case MULTIPLE_CHOICE -> "multiple";
            case TRUE_FALSE -> "truefalse";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case SHORT_ANSWER -> "short";
            case ESSAY -> "essay";
            case CASE_STUDY -> "case";
        };
    }
}
