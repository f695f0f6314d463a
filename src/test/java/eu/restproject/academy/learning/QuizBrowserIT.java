package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A participant plays a branching case study, closes the browser half-way, comes back and finishes. */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class QuizBrowserIT {

    private static Browser browser;

    @Test
    void answersSurviveClosingTheBrowserAndTheCaseBranches() throws Exception {
        HttpResponse<String> upload =
                Bundles.publishThroughApi("it-quizb.zip", Bundles.withQuiz("it-quizb", "1.0.0", "new", Bundles.QUIZ));
        assertEquals(201, upload.statusCode(), upload.body());

        browser.signInAfresh("participant2.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-quizb");
        browser.submit("start-final");
        browser.assertAccessible();
        assertTrue(
                browser.find(By.id("deadline")).getText().matches("\\d\\d:\\d\\d UTC, .*"),
                browser.find(By.id("deadline")).getText());
        assertTrue(
                browser.text().contains("(19 min)") || browser.text().contains("(20 min)"),
                "20-minute limit, just started");
        browser.find(By.cssSelector("input[type=radio][value='nobody']")).click();
        browser.awaitAjax();
        browser.find(By.cssSelector("button[data-choice='police']")).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-choice='grant']")));
        assertTrue(browser.text().contains("The person asks for time to think."), browser.text());
        browser.screenshot("40-quiz-case-halfway");

        // The browser is closed: a new session, the same account.
        browser.signInAfresh("participant2.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-quizb");
        browser.submit("start-final");
        assertTrue(
                browser.find(By.cssSelector("input[type=radio][value='nobody']"))
                        .isSelected(),
                "the saved answer is back");
        assertTrue(
                browser.text().contains("The person asks for time to think."), "the case resumes at its second step");

        // A stale post for the first step (another tab, a replay) changes nothing.
        // requestSubmit sends the button, so the choice's action runs, with the step of the first form.
        org.openqa.selenium.WebElement grant = browser.find(By.cssSelector("button[data-choice='grant']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].form.querySelector('[name=step]').value = 'first';"
                                + " arguments[0].form.requestSubmit(arguments[0]);",
                        grant);
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.stalenessOf(grant));
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-choice='grant']")));
        browser.find(By.cssSelector("button[data-choice='grant']")).click();
        browser.find(By.id("case-ended-inspection"));
        assertTrue(browser.text().contains("Help came late."), "police first leaves 2 points: the late ending");
        browser.screenshot("41-quiz-case-ended");
        browser.submit("quiz:submit");

        String score = browser.find(By.id("result-score")).getText();
        // period 2 + case (police 0, grant 2, late 0) 2 = 4 of 20
        assertTrue(score.contains("4.00 / 20.00"), score);
        browser.assertAccessible();
        browser.screenshot("42-quiz-result");
    }

    /**
     * A quiz with immediate feedback, played by a learner from Spain: the Spanish variant of the
     * first question and of the case apply (an invented rule for the case, for the test).
     */
    @Test
    void immediateFeedbackFollowsTheLearnersCountryVariant() throws Exception {
        String quiz = Bundles.QUIZ.replace("feedback: after-submission", "feedback: immediate") + """
                    variants:
                      ES:
                        first/police: {points: 2, feedback: {en: "In Spain the police refer presumed victims."}}
                """;
        HttpResponse<String> upload =
                Bundles.publishThroughApi("it-quizi.zip", Bundles.withQuiz("it-quizi", "1.0.0", "new", quiz));
        assertEquals(201, upload.statusCode(), upload.body());

        browser.signInAfresh("participant1.es@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-quizi");
        browser.submit("start-final");
        browser.find(By.cssSelector("input[type=radio][value='undocumented']")).click();
        browser.awaitAjax();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> browser.text().contains("Anyone without papers ✓"));
        assertTrue(
                browser.text().contains("2.00 / 2.00"),
                "for learners from Spain, undocumented is the right answer: " + browser.text());

        browser.find(By.cssSelector("button[data-choice='police']")).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-choice='grant']")));
        assertTrue(browser.text().contains("In Spain the police refer presumed victims."), browser.text());
        browser.find(By.cssSelector("button[data-choice='grant']")).click();
        browser.find(By.id("case-ended-inspection"));
        assertTrue(
                browser.text().contains("The person is protected."),
                "with the Spanish variant, 2 + 2 points lead to the good ending");
        browser.assertAccessible();
        browser.screenshot("43-quiz-immediate-feedback-es");
    }

    /**
     * A page on another site (another origin, the same site as far as cookies go) loads the result
     * address of a learner's open attempt as an image and then sends the learner there: the attempt
     * stays open, the result page says so, and the learner submits it as usual.
     */
    @Test
    void anotherSiteCannotSubmitAnOpenAttempt() throws Exception {
        HttpResponse<String> upload =
                Bundles.publishThroughApi("it-quizx.zip", Bundles.withQuiz("it-quizx", "1.0.0", "new", Bundles.QUIZ));
        assertEquals(201, upload.statusCode(), upload.body());
        browser.signInAfresh("participant2.md@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.chooseLanguage("EN");
        browser.open("/learn/module.xhtml?id=it-quizx");
        browser.submit("start-final");
        String attempt = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.find(By.cssSelector("input[type=radio][value='nobody']")).click();
        browser.awaitAjax();

        String result = RunningAcademy.url("/learn/attempt-result.xhtml?id=" + attempt);
        String page = "<!DOCTYPE html><html><body><form id=\"go\" method=\"get\" action=\""
                + RunningAcademy.url("/learn/attempt-result.xhtml")
                + "\"><input type=\"hidden\" name=\"id\" value=\"" + attempt + "\"></form>"
                + "<img src=\"" + result
                + "\" alt=\"\" onerror=\"document.getElementById('go').submit()\"></body></html>";
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elsewhere.start();
        try {
            browser.driver().get("http://localhost:" + elsewhere.getAddress().getPort() + "/");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/learn/attempt-result.xhtml"));
        } finally {
            elsewhere.stop(0);
        }
        assertTrue(browser.find(By.id("result-open")).getText().contains("has not been submitted yet"), browser.text());
        assertTrue(
                browser.driver().findElements(By.id("result-score")).isEmpty(), "no result: the attempt is still open");
        browser.assertAccessible();
        browser.screenshot("44-quiz-result-not-submitted");

        browser.submit("continue");
        assertTrue(
                browser.find(By.cssSelector("input[type=radio][value='nobody']"))
                        .isSelected(),
                "the attempt and its answer are intact");
        browser.submit("quiz:submit");
        assertTrue(browser.find(By.id("result-score")).getText().contains("2.00 / 20.00"), browser.text());
    }
}
