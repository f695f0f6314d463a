package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.LearnerApi;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The statistics API of the packaged platform: who is refused, and what staff of one country and the admin get. */
@ExtendWith(RunningAcademy.class)
class QuizStatisticsSystemIT {

    private static final String STATISTICS = "/api/v1/quizzes/it-statsapi:final/statistics";

    @BeforeAll
    static void anAustrianLearnerSubmits() throws Exception {
        StatisticsApi.publishQuiz("it-statsapi");
        String learner = LearnerApi.participant("statsapi-learner", "AT", "police");
        LearnerApi.submit(learner, "it-statsapi:final", Map.of("period", "{\"choice\":[\"nobody\"]}"));
    }

    @Test
    void participantsAndOtherCountriesAreRefused() throws Exception {
        assertEquals(401, LearnerApi.get(STATISTICS, null).statusCode());
        HttpResponse<String> participant =
                LearnerApi.get(STATISTICS, LearnerApi.participant("statsapi-curious", "AT", "lawyer"));
        assertEquals(403, participant.statusCode(), participant.body());
        assertTrue(participant.body().contains("\"error\":\"error.access.role\""), participant.body());

        String coordinator = LearnerApi.token("coordinator.at@example.org", RunningAcademy.DEMO_PASSWORD);
        HttpResponse<String> france = LearnerApi.get(STATISTICS + "?country=FR", coordinator);
        assertEquals(403, france.statusCode(), france.body());
        assertTrue(france.body().contains("\"error\":\"error.access.otherCountry\""), france.body());
        HttpResponse<String> franceCsv = LearnerApi.get(STATISTICS + "?country=FR&format=csv", coordinator);
        assertEquals(403, franceCsv.statusCode(), "no file of another country either");
        assertEquals(
                400, LearnerApi.get(STATISTICS + "?format=pdf", coordinator).statusCode());
        assertEquals(
                400, LearnerApi.get(STATISTICS + "?country=XX", coordinator).statusCode());
        assertEquals(
                404, LearnerApi.get(STATISTICS + "?version=9.9.9", coordinator).statusCode());
    }

    @Test
    void aCoordinatorGetsTheirCountryAndTheAdminEveryCountry() throws Exception {
        String coordinator = LearnerApi.token("coordinator.at@example.org", RunningAcademy.DEMO_PASSWORD);
        HttpResponse<String> own = LearnerApi.get(STATISTICS, coordinator);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(
                own.body().contains("\"country\":\"AT\"") && own.body().contains("\"moduleVersion\":\"1.0.0\""),
                own.body());
        assertTrue(
                own.body().contains("\"attempts\":1") && own.body().contains("\"mean\":10.00"),
                "2 of 20 points: " + own.body());
        assertTrue(
                own.body().contains("\"answered\":1") && own.body().contains("\"facility\":100.00"),
                "period, answered right: " + own.body());
        assertFalse(own.body().contains("\"countries\""), "no breakdown for a coordinator");

        HttpResponse<String> csv = LearnerApi.get(STATISTICS + "?format=csv&lang=de", coordinator);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(
                "attachment; filename=\"it-statsapi-final-1.0.0-at-statistics.csv\"",
                csv.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(csv.body().contains("Leichtigkeitsindex (%)"), csv.body());

        HttpResponse<String> admin = LearnerApi.get(STATISTICS + "?profession=police", RunningAcademy.ADMIN_TOKEN);
        assertEquals(200, admin.statusCode(), admin.body());
        assertFalse(admin.body().contains("\"country\":"), "all countries: " + admin.body());
        assertTrue(admin.body().contains("\"profession\":\"police\""), admin.body());
        assertTrue(
                Pattern.compile("\"AT\":\\{[^{}]*\"attempts\":1[,}]")
                        .matcher(admin.body())
                        .find(),
                admin.body());
        assertTrue(
                Pattern.compile("\"RS\":\\{[^{}]*\"attempts\":0[,}]")
                        .matcher(admin.body())
                        .find(),
                admin.body());
    }

    @Test
    void figuresAndTheirFilesAreNeverStoredByBrowsersOrProxies() throws Exception {
        String coordinator = LearnerApi.token("coordinator.at@example.org", RunningAcademy.DEMO_PASSWORD);
        for (String format : new String[] {"json", "csv", "xlsx"}) {
            HttpResponse<String> answer = LearnerApi.get(STATISTICS + "?format=" + format, coordinator);
            assertEquals(200, answer.statusCode());
            assertEquals(
                    "no-store", answer.headers().firstValue("Cache-Control").orElse(""), format);
        }

        WebSession browser = new WebSession();
        browser.submit(
                browser.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", "coordinator.at@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        // Behind a TLS proxy OmniFaces would mark the download "Cache-Control: public".
        WebSession.Page file = browser.get(
                "/staff/quiz-statistics.xhtml?module=it-statsapi&quiz=final&format=csv",
                Map.of("X-Forwarded-Proto", "https"));
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(
                disposition.startsWith("attachment;")
                        && disposition.contains("it-statsapi-final-1.0.0-at-statistics.csv"),
                disposition + "\n" + file.body());
        assertEquals(List.of("no-store"), file.headers().allValues("Cache-Control"));
        assertTrue(file.headers().allValues("Pragma").isEmpty(), file.headers().toString());
    }
}
