package eu.restproject.academy.quiz.statistics;

import eu.restproject.academy.platform.export.Table;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.statistics.OutcomeCount.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Lays out a quiz's figures as the two tables of an export: one row per question, one per answer outcome. */
final class StatisticsTables {

    private final Quiz quiz;
    private final QuizFigures figures;
    private final Language language;
    private final Function<String, String> messages;

    StatisticsTables(Quiz quiz, QuizFigures figures, Language language, Function<String, String> messages) {
        this.quiz = quiz;
        this.figures = figures;
        this.language = language;
        this.messages = messages;
    }

    List<Table> tables() {
        return List.of(questions(), answers());
    }

    private Table questions() {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionFigures question : figures.questions()) {
            rows.add(row(
                    quiz.id(),
                    question.questionId(),
                    text(item(question).text()),
                    messages.apply(question.kind().messageKey()),
                    question.maxPoints(),
                    question.answered(),
                    question.mean().orElse(null),
                    question.facility().orElse(null),
                    question.standardDeviation().orElse(null),
                    question.discrimination().orElse(null)));
        }
        return new Table(
                messages.apply("statistics.sheet.questions"),
                headers(
                        "quiz",
                        "question",
                        "text",
                        "type",
                        "points",
                        "answered",
                        "mean",
                        "facility",
                        "deviation",
                        "discrimination"),
                rows);
    }

    private Table answers() {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionFigures question : figures.questions()) {
            Quiz.Item item = item(question);
            for (OutcomeCount count : question.distribution()) {
                rows.add(row(
                        quiz.id(),
                        question.questionId(),
                        count.id(),
                        label(item, count),
                        count.count(),
                        share(count.count())));
            }
        }
        return new Table(
                messages.apply("statistics.sheet.answers"),
                headers("quiz", "question", "outcome", "answer", "count", "share"),
                rows);
    }

    /** What the learner saw for an option or ending; bands and true/false without labels are named by the platform. */
    private String label(Quiz.Item item, OutcomeCount count) {
        if (count.outcome() != Outcome.OPTION && count.outcome() != Outcome.ENDING) {
            return messages.apply(count.outcome().messageKey());
        }
        String label = text(item.labels().get(count.id()));
        if (label.isEmpty() && (count.id().equals("true") || count.id().equals("false"))) {
            return messages.apply("statistics.option." + count.id());
        }
        return label.isEmpty() ? count.id() : label;
    }

    /** Share of all sittings in percent; a multiple-choice question's options may add up to more than 100. */
    private BigDecimal share(long count) {
        return figures.sittings() == 0
                ? null
                : Sample.round(Sample.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(figures.sittings())));
    }

    private Quiz.Item item(QuestionFigures question) {
        return quiz.items().stream()
                .filter(i -> i.question().id().equals(question.questionId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "question " + question.questionId() + " is not in quiz " + quiz.id()));
    }

    private String text(Map<Language, String> texts) {
        if (texts == null) {
            return "";
        }
        String text = texts.get(language);
        return text != null ? text : texts.getOrDefault(Language.EN, "");
    }

    private List<String> headers(String... columns) {
        return Stream.of(columns)
                .map(column -> messages.apply("statistics.column." + column))
                .toList();
    }

    private static List<Object> row(Object... cells) {
        // Arrays.asList, not List.of: undefined figures are null cells.
        return Arrays.asList(cells);
    }
}
