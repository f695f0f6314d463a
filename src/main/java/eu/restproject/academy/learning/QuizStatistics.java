package eu.restproject.academy.learning;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.AnswerCodec;
import eu.restproject.academy.quiz.Grade;
import eu.restproject.academy.quiz.Quiz;
import eu.restproject.academy.quiz.Score;
import eu.restproject.academy.quiz.statistics.Breakdown;
import eu.restproject.academy.quiz.statistics.ItemAnalysis;
import eu.restproject.academy.quiz.statistics.QuizFigures;
import eu.restproject.academy.quiz.statistics.Sitting;
import eu.restproject.academy.quiz.statistics.StatisticsExport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Item analysis of the submitted attempts at one quiz version, within the country scope: trainers
 * and coordinators see their own country's attempts only (asking for another is refused, never
 * answered with empty figures), the admin any country or all, with the six countries side by side.
 *
 * <p>One module version at a time: attempts are pinned to the version they began on, and another
 * version may ask other questions. Essays count with their trainer's grade, so attempts still
 * waiting for one are left out (and counted, so that the page can say so): their total would be
 * too low until the trainer has graded them.
 */
@ApplicationScoped
public class QuizStatistics {

    /** What to analyse: a quiz, its module version (null: the current one), a country (null: all in scope) and a profession (null: all). */
    public record Request(String moduleId, String quizId, String version, Country country, Profession profession) {

        /** A request from the codes of an address or form ("AT", "social_worker"); blank means none, unknown ones are refused. */
        public static Request of(String moduleId, String quizId, String version, String country, String profession) {
            return new Request(
                    moduleId,
                    quizId,
                    version,
                    code(Country.class, country, "country", "error.country.unknown"),
                    code(Profession.class, profession, "profession", "error.profession.unknown"));
        }

        private static <E extends Enum<E>> E code(Class<E> type, String code, String field, String messageKey) {
            if (code == null || code.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, messageKey, code);
            }
        }
    }

    /**
     * The figures asked for. {@code country} is the country analysed (null: all countries);
     * {@code awaitingTrainer} the attempts left out until a trainer grades them; {@code countries}
     * the breakdown by country, for the admin only.
     */
    public record Report(
            String moduleId,
            String moduleVersion,
            Quiz quiz,
            Country country,
            Profession profession,
            QuizFigures figures,
            long awaitingTrainer,
            Optional<Breakdown<Country>> countries) {}

    /** One submitted attempt with its learner's profession. */
    private record Row(QuizAttempt attempt, Profession profession) {}

    /** The file formats of an export. */
    public enum Format {
        CSV("csv", StatisticsExport.CSV_MEDIA_TYPE),
        XLSX("xlsx", StatisticsExport.XLSX_MEDIA_TYPE);

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** A file name that says what the figures are of: module, quiz, version and, if filtered, country and profession. */
        public String fileName(Report report) {
            StringBuilder name = new StringBuilder(report.moduleId())
                    .append('-')
                    .append(report.quiz().id())
                    .append('-')
                    .append(report.moduleVersion());
            if (report.country() != null) {
                name.append('-').append(report.country().name().toLowerCase(Locale.ROOT));
            }
            if (report.profession() != null) {
                name.append('-')
                        .append(report.profession()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', '-'));
            }
            return name.append("-statistics.").append(extension).toString();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Library library;

    @Inject
    private Attempts attempts;

    public Report report(Caller caller, Request request) {
        Country country = scope(caller, request.country());
        String version = request.version() == null || request.version().isBlank()
                ? library.getCurrent(request.moduleId()).getVersion()
                : request.version();
        Quiz quiz = attempts.quiz(request.moduleId(), version, request.quizId());
        boolean admin = caller.has(Role.ADMIN);
        List<Row> rows = submitted(request.moduleId(), version, request.quizId(), admin ? null : country).stream()
                .filter(row -> request.profession() == null || row.profession() == request.profession())
                .toList();
        long waiting = rows.stream()
                .filter(row -> row.attempt().isAwaitingTrainer()
                        && (country == null || row.attempt().getCountry() == country))
                .count();
        List<Sitting> sittings = sittings(
                quiz,
                rows.stream().filter(row -> !row.attempt().isAwaitingTrainer()).toList());
        ItemAnalysis analysis = new ItemAnalysis(quiz);
        QuizFigures figures = analysis.figures(
                country == null
                        ? sittings
                        : sittings.stream().filter(s -> s.country() == country).toList());
        Optional<Breakdown<Country>> countries = admin ? Optional.of(analysis.byCountry(sittings)) : Optional.empty();
        return new Report(
                request.moduleId(), version, quiz, country, request.profession(), figures, waiting, countries);
    }

    /** The report's figures as a file, its labels and question texts in {@code language}. */
    public static byte[] export(Report report, Language language, Format format) {
        StatisticsExport export = new StatisticsExport(
                report.quiz(), report.figures(), language, key -> Messages.format(language.locale(), key));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            if (format == Format.CSV) {
                export.writeCsv(file);
            } else {
                export.writeXlsx(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toByteArray();
    }

    /** The country analysed: staff get their own, and are refused another; the admin gets the one asked for, or all (null). */
    private static Country scope(Caller caller, Country asked) {
        if (!caller.isStaff()) {
            throw new AccessDeniedException("error.access.role");
        }
        if (caller.has(Role.ADMIN)) {
            return asked;
        }
        Country country = asked == null ? caller.country() : asked;
        caller.requirePeopleOf(country);
        return country;
    }

    private List<Row> submitted(String moduleId, String version, String quizId, Country country) {
        // The one query here that reads people's table: joined, it stays one query for any number of
        // attempts, where asking people.Accounts by id would need one more per 500 learners.
        TypedQuery<Object[]> query = em.createQuery(
                        "select a, p.profession from QuizAttempt a, Account p where p.id = a.accountId "
                                + "and a.moduleId = :module and a.moduleVersion = :version and a.quizId = :quiz and a.submittedAt is not null"
                                + (country == null ? "" : " and a.country = :country") + " order by a.id",
                        Object[].class)
                .setParameter("module", moduleId)
                .setParameter("version", version)
                .setParameter("quiz", quizId);
        if (country != null) {
            query.setParameter("country", country);
        }
        return query.getResultStream()
                .map(r -> new Row((QuizAttempt) r[0], (Profession) r[1]))
                .toList();
    }

    /** Regrades each attempt as its result page does, so that essays count with their trainer's grade. */
    private List<Sitting> sittings(Quiz quiz, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Answer>> answers =
                answers(rows.stream().map(r -> r.attempt().getId()).toList());
        List<Sitting> sittings = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Answer> given = answers.getOrDefault(row.attempt().getId(), Map.of());
            Map<String, Grade> grades = attempts.grades(new Attempts.State(row.attempt(), quiz, given));
            Map<String, Score> scores = new HashMap<>();
            grades.forEach((question, grade) -> scores.put(question, grade.score()));
            sittings.add(
                    new Sitting(row.attempt().getId(), row.attempt().getCountry(), row.profession(), scores, given));
        }
        return sittings;
    }

    private Map<Long, Map<String, Answer>> answers(List<Long> attemptIds) {
        Map<Long, Map<String, Answer>> answers = new HashMap<>();
        // In slices: some databases limit the number of parameters of an IN list.
        for (int from = 0; from < attemptIds.size(); from += 500) {
            List<Long> slice = attemptIds.subList(from, Math.min(attemptIds.size(), from + 500));
            em.createQuery(
                            "select a.attemptId, a.questionId, a.answer from AttemptAnswer a where a.attemptId in :ids",
                            Object[].class)
                    .setParameter("ids", slice)
                    .getResultStream()
                    .forEach(r -> answers.computeIfAbsent((Long) r[0], id -> new LinkedHashMap<>())
                            .put((String) r[1], AnswerCodec.decode((String) r[2])));
        }
        return answers;
    }
}
