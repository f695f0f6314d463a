package eu.restproject.academy.learning;

import eu.restproject.academy.content.Library;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Localized;
import eu.restproject.academy.quiz.Quiz;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a learner by mail (topic {@link MailTopic#LEARNING}) that a trainer's grading gave their
 * attempt its result, with the points and a link to the result page, which shows them too.
 *
 * <p>One letter per attempt, not one per essay: grading one of several written answers writes
 * nothing, since the result page still says it waits for the others; the grade that completes the
 * attempt writes the letter. A trainer who later corrects a grade so that the score or the outcome
 * changes writes again, saying that the result changed; a corrected comment alone does not.
 */
@ApplicationScoped
public class ResultNotice {

    /** What the learner could see of the attempt before the grade. */
    public record Before(boolean awaitingTrainer, BigDecimal score, Boolean passed) {

        public static Before of(QuizAttempt attempt) {
            return new Before(attempt.isAwaitingTrainer(), attempt.getScore(), attempt.getPassed());
        }
    }

    static final int SUBJECT_TITLE_MAX = 150;

    static final String RESULT_PATH = "/learn/attempt-result.xhtml?id=";

    @Inject
    private Correspondence correspondence;

    @Inject
    private Accounts accounts;

    @Inject
    private Library library;

    /** Writes to the learner if the grade just recorded gave or changed the attempt's result; in the grade's transaction. */
    @Transactional(TxType.MANDATORY)
    public void graded(Before before, QuizAttempt attempt, Quiz quiz) {
        if (attempt.isAwaitingTrainer()) {
            return;
        }
        String kind;
        if (before.awaitingTrainer()) {
            kind = "graded";
        } else if (changed(before, attempt)) {
            kind = "regraded";
        } else {
            return;
        }
        correspondence.write(accounts.get(attempt.getAccountId()), MailTopic.LEARNING, letter -> {
            String quizTitle = Localized.pick(quiz.title(), letter.language());
            return letter.subject("mail.learning." + kind + ".subject", shortened(quizTitle))
                    .paragraph("mail.learning." + kind + ".text", quizTitle, moduleTitle(attempt, letter.language()))
                    .paragraph(
                            Boolean.TRUE.equals(attempt.getPassed())
                                    ? "mail.learning.result.passed"
                                    : "mail.learning.result.failed",
                            points(attempt.getScore(), letter.language()),
                            points(attempt.getMaxScore(), letter.language()),
                            quiz.passMark())
                    .link("mail.learning.result.link", RESULT_PATH + attempt.getId());
        });
    }

    private static boolean changed(Before before, QuizAttempt attempt) {
        return before.score() == null
                || before.score().compareTo(attempt.getScore()) != 0
                || !Objects.equals(before.passed(), attempt.getPassed());
    }

    /**
     * A bundle's quiz title has no length limit, the outbox's subject column has: a title too long for
     * it would make the grade itself fail. The letter's text keeps the whole title.
     */
    static String shortened(String title) {
        return title.length() <= SUBJECT_TITLE_MAX
                ? title
                : title.substring(0, SUBJECT_TITLE_MAX - 1).strip() + "…";
    }

    /** Points as the reader writes numbers: 7.5 in English, 7,5 in German; no trailing zeros. */
    private static String points(BigDecimal points, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        return format.format(points);
    }

    /** The module's title as of the version the attempt was made on. */
    private String moduleTitle(QuizAttempt attempt, Language language) {
        Map<Language, String> titles = library.find(attempt.getModuleId(), attempt.getModuleVersion())
                .map(version -> library.bundle(version).manifest().title())
                .orElse(Map.of());
        return titles.isEmpty() ? attempt.getModuleId() : Localized.pick(titles, language);
    }
}
