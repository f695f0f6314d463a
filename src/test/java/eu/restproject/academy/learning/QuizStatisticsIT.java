package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.quiz.Answer;
import eu.restproject.academy.quiz.statistics.QuestionFigures;
import eu.restproject.academy.quiz.statistics.QuizFigures;
import eu.restproject.academy.support.TestData;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quiz statistics from real attempts: two Austrian learners (police, lawyer) and two French ones,
 * one of them waiting for an essay grade. Scores with the test quiz (20 points, pass mark 60 %):
 * everything right but the essay 16, only the first question right 2, nothing right 0.
 */
@ExtendWith(ArquillianExtension.class)
class QuizStatisticsIT {

    private static final Caller ADMIN = new Caller(-1, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);
    private static final Caller COORDINATOR_AT =
            new Caller(-2, "coordinator.at@it.example.org", EnumSet.of(Role.COORDINATOR), Country.AT);
    private static final Caller TRAINER_FR =
            new Caller(-3, "trainer.fr@it.example.org", EnumSet.of(Role.TRAINER), Country.FR);

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private Attempts attempts;

    @Inject
    private EssayGrading grading;

    @Inject
    private QuizStatistics statistics;

    private long essayAttempt;

    @BeforeEach
    void fourLearnersSubmit() {
        testData.removeTestModules();
        testData.removeTestAccounts();
        publish("1.0.0", "new");
        Caller police = learner("stats-police", Country.AT, Profession.POLICE);
        submit(police, everythingRight());
        Caller lawyer = learner("stats-lawyer", Country.AT, Profession.LAWYER);
        submit(lawyer, Map.of("period", new Answer.Choice(Set.of("nobody"))));
        Caller writer = learner("stats-writer", Country.FR, Profession.SOCIAL_WORKER);
        Map<String, Answer> withEssay = new java.util.LinkedHashMap<>(everythingRight());
        withEssay.put("essay", new Answer.Text("A victim is not punished for acts they were compelled to commit."));
        essayAttempt = submit(writer, withEssay);
        Caller guesser = learner("stats-guesser", Country.FR, Profession.LAWYER);
        submit(guesser, Map.of("period", new Answer.Choice(Set.of("undocumented"))));
    }

    @Test
    void aCoordinatorGetsTheirOwnCountryFilteredByProfession() {
        QuizStatistics.Report report = statistics.report(COORDINATOR_AT, request(null, null, null));
        assertEquals(Country.AT, report.country());
        assertEquals("1.0.0", report.moduleVersion());
        QuizFigures figures = report.figures();
        assertEquals(2, figures.sittings());
        assertEquals(Optional.of(new BigDecimal("45.00")), figures.mean(), "(16 + 2) / 2 of 20 points");
        assertEquals(1, figures.passed());
        assertEquals(
                Optional.of(new BigDecimal("100.00")),
                question(figures, "period").facility());
        assertEquals(1, question(figures, "grounds").answered());
        assertTrue(report.countries().isEmpty(), "no side-by-side breakdown for a coordinator");

        QuizFigures lawyers =
                statistics.report(COORDINATOR_AT, request(null, "lawyer", null)).figures();
        assertEquals(1, lawyers.sittings());
        assertEquals(Optional.of(new BigDecimal("10.00")), lawyers.mean());
        assertEquals(
                0,
                statistics
                        .report(COORDINATOR_AT, request("AT", "judge_prosecutor", null))
                        .figures()
                        .sittings());
    }

    @Test
    void anotherCountryIsRefusedNotEmptied() {
        assertEquals(
                "error.access.otherCountry",
                assertThrows(
                                AccessDeniedException.class,
                                () -> statistics.report(COORDINATOR_AT, request("FR", null, null)))
                        .messageKey());
        Caller participant = new Caller(-4, "p@it.example.org", EnumSet.of(Role.PARTICIPANT), Country.AT);
        assertEquals(
                "error.access.role",
                assertThrows(
                                AccessDeniedException.class,
                                () -> statistics.report(participant, request(null, null, null)))
                        .messageKey());
    }

    @Test
    void theAdminSeesEveryCountrySideBySideAndEssaysCountOnceGraded() {
        QuizStatistics.Report all = statistics.report(ADMIN, request(null, null, null));
        assertEquals(null, all.country());
        assertEquals(3, all.figures().sittings(), "the attempt waiting for its essay grade is left out");
        assertEquals(1, all.awaitingTrainer());
        Map<Country, QuizFigures> countries = all.countries().orElseThrow().groups();
        assertEquals(List.of(Country.values()), List.copyOf(countries.keySet()));
        assertEquals(2, countries.get(Country.AT).sittings());
        assertEquals(1, countries.get(Country.FR).sittings());
        assertEquals(Optional.empty(), countries.get(Country.ES).mean());

        grading.grade(TRAINER_FR, essayAttempt, "essay", new BigDecimal("3"), "Clear.");
        QuizStatistics.Report france = statistics.report(ADMIN, request("FR", null, null));
        assertEquals(0, france.awaitingTrainer());
        assertEquals(2, france.figures().sittings());
        assertEquals(
                Optional.of(new BigDecimal("47.50")),
                france.figures().mean(),
                "(19 + 0) / 2 of 20: the essay with its grade");
        assertEquals(
                Optional.of(new BigDecimal("1.50")),
                question(france.figures(), "essay").mean());
        assertEquals(
                4,
                statistics
                        .report(ADMIN, request(null, null, null))
                        .countries()
                        .orElseThrow()
                        .all()
                        .sittings());
        assertEquals(
                2,
                statistics
                        .report(TRAINER_FR, request(null, null, null))
                        .figures()
                        .sittings());
    }

    @Test
    void oneModuleVersionAtATime() {
        publish("1.1.0", "editorial");
        QuizStatistics.Report current = statistics.report(ADMIN, request(null, null, null));
        assertEquals("1.1.0", current.moduleVersion(), "the current version by default");
        assertEquals(0, current.figures().sittings(), "attempts stay with the version they began on");
        QuizStatistics.Report earlier = statistics.report(ADMIN, request(null, null, "1.0.0"));
        assertEquals(3, earlier.figures().sittings());

        String csv = new String(
                QuizStatistics.export(earlier, Language.DE, QuizStatistics.Format.CSV), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Leichtigkeitsindex (%)") && csv.contains("period"), csv);
        assertEquals("it-stats-final-1.0.0-statistics.csv", QuizStatistics.Format.CSV.fileName(earlier));
    }

    private static QuizStatistics.Request request(String country, String profession, String version) {
        return QuizStatistics.Request.of("it-stats", "final", version, country, profession);
    }

    private static QuestionFigures question(QuizFigures figures, String id) {
        return figures.questions().stream()
                .filter(q -> q.questionId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private void publish(String version, String change) {
        Bundles.publishUpload(publisher, Bundles.withQuiz("it-stats", version, change, Bundles.QUIZ));
    }

    private Caller learner(String name, Country country, Profession profession) {
        return testData.participant(name, country, profession, Language.EN);
    }

    private long submit(Caller learner, Map<String, Answer> answers) {
        long attempt = attempts.start(learner, "it-stats", "final").getId();
        answers.forEach((question, answer) -> attempts.save(learner, attempt, question, answer));
        attempts.submit(learner, attempt);
        return attempt;
    }

    /** Every question right but the essay (left blank) and the case study, played to its best ending in two steps. */
    private static Map<String, Answer> everythingRight() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>();
        answers.put("period", new Answer.Choice(Set.of("nobody")));
        answers.put("grounds", new Answer.Choice(Set.of("personal", "cooperation")));
        answers.put("consent", new Answer.Choice(Set.of("false")));
        answers.put("articles", new Answer.Matching(Map.of("reflection", "art13", "residence", "art14")));
        answers.put("steps", new Answer.Ordering(List.of("identify", "refer")));
        answers.put("days", new Answer.Text("Thirty"));
        answers.put("inspection", new Answer.Path(List.of("refer", "grant")));
        return answers;
    }
}
