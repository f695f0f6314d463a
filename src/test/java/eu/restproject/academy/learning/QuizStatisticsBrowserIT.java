package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.LearnerApi;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A coordinator opens a quiz's statistics from the module page, reads chart and table, and downloads the CSV. */
@ExtendWith(RunningAcademy.class)
class QuizStatisticsBrowserIT {

    @Test
    void aCoordinatorReadsTheStatisticsOfTheirCountry() throws Exception {
        StatisticsApi.publishQuiz("it-statsb");
        LearnerApi.submit(
                LearnerApi.participant("statsb-right", "NL", "lawyer"),
                "it-statsb:final",
                Map.of("period", "{\"choice\":[\"nobody\"]}", "consent", "{\"choice\":[\"false\"]}"));
        LearnerApi.submit(
                LearnerApi.participant("statsb-wrong", "NL", "police"),
                "it-statsb:final",
                Map.of("period", "{\"choice\":[\"undocumented\"]}", "consent", "{\"choice\":[\"false\"]}"));

        try (Browser browser = new Browser()) {
            browser.signInAfresh("coordinator.nl@example.org", RunningAcademy.DEMO_PASSWORD);
            browser.chooseLanguage("EN");
            browser.open("/learn/module.xhtml?id=it-statsb");
            browser.submit(browser.find(By.cssSelector("a[id$='statistics']")).getAttribute("id"));
            browser.find(By.cssSelector("#facilityChart canvas"));
            String text = browser.text();
            assertTrue(text.contains("You see the attempts of learners from your country: Netherlands."), text);
            assertTrue(text.contains("Submitted attempts\n2") || text.contains("Submitted attempts 2"), text);
            assertEquals(
                    8,
                    browser.driver()
                            .findElements(By.cssSelector("#questions tbody tr"))
                            .size());
            browser.assertAccessible();
            browser.screenshot("70-quiz-statistics");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('chart-heading').scrollIntoView();");
            browser.screenshot("72-quiz-statistics-chart");
            browser.resize(390, 844);
            assertTrue(browser.fitsWidth(), "the statistics fit a phone");
            browser.screenshot("71-quiz-statistics-phone");
        }

        try (Browser browser = new Browser()) {
            // The admin sees every country: the Dutch attempts side by side with the other five (none there).
            browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
            browser.open("/staff/quiz-statistics.xhtml?module=it-statsb&quiz=final&version=1.0.0");
            java.util.List<org.openqa.selenium.WebElement> rows =
                    browser.driver().findElements(By.cssSelector("#countries tbody tr"));
            assertEquals(6, rows.size(), "the six partner countries side by side");
            String dutch = rows.stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .filter(r -> r.startsWith("Netherlands"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(dutch.startsWith("Netherlands 2 "), dutch);
            browser.assertAccessible();
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('countries-heading').scrollIntoView();");
            browser.screenshot("73-quiz-statistics-admin-countries");
        }
        WebSession admin = new WebSession();
        admin.submit(
                admin.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", RunningAcademy.ADMIN_EMAIL, "password", RunningAcademy.ADMIN_PASSWORD));
        WebSession.Page xlsx =
                admin.get("/staff/quiz-statistics.xhtml?module=it-statsb&quiz=final&version=1.0.0&format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(
                xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                xlsx.headers().toString());
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX file is a zip archive");

        WebSession session = new WebSession();
        session.submit(
                session.get("/login.xhtml"),
                "login",
                "submit",
                Map.of("email", "coordinator.nl@example.org", "password", RunningAcademy.DEMO_PASSWORD));
        // What the CSV button sends: the choice shown, and the format.
        WebSession.Page csv =
                session.get("/staff/quiz-statistics.xhtml?module=it-statsb&quiz=final&version=1.0.0&country=NL"
                        + "&profession=LAWYER&format=csv");
        assertEquals(200, csv.status());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        assertTrue(
                csv.headers()
                        .firstValue("Content-Disposition")
                        .orElse("")
                        .contains("it-statsb-final-1.0.0-nl-lawyer-statistics.csv"),
                csv.headers().toString());
        assertTrue(csv.body().contains("period") && csv.body().contains("Facility index (%)"), csv.body());
    }
}
