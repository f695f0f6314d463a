package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A learner writes an essay; a trainer of the learner's country grades it; the learner reads the comment. */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class EssayBrowserIT {

    private static Browser browser;

    @Test
    void aTrainerGradesAnEssayInTheGradingQueue() throws Exception {
        HttpResponse<String> upload =
                Bundles.publishThroughApi("it-essay.zip", Bundles.withQuiz("it-essay", "1.0.0", "new", Bundles.QUIZ));
        assertEquals(201, upload.statusCode(), upload.body());

        browser.signInAfresh("participant1.md@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-essay");
        browser.submit("start-final");
        var essay = browser.find(By.cssSelector("textarea.essay"));
        essay.sendKeys("Victims should not be punished for offences they were compelled to commit.");
        essay.sendKeys(Keys.TAB);
        browser.awaitAjax();
        browser.submit("quiz:submit");
        assertTrue(browser.find(By.id("result-score")).getText().length() > 0);

        browser.signInAfresh("trainer.md@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/staff/essays.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text().contains("Victims should not be punished"), browser.text());
        browser.find(By.cssSelector("input[id$='points']")).sendKeys("3");
        browser.find(By.cssSelector("textarea[id$='rubric']")).sendKeys("Good; name the limits of the principle.");
        browser.screenshot("50-essay-grading");
        browser.submit(browser.find(By.cssSelector("input[id$='save']")).getAttribute("id"));
        assertTrue(browser.driver().findElements(By.id("no-essays")).size() == 1, browser.text());

        browser.signInAfresh("trainer.at@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/staff/essays.xhtml");
        assertTrue(
                !browser.text().contains("Victims should not be punished"),
                "an Austrian trainer does not see Moldova's essays");

        browser.signInAfresh("participant1.md@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-essay");
        browser.find(By.cssSelector("#quizzes a")).click();
        browser.find(By.id("result-score"));
        assertTrue(browser.text().contains("Good; name the limits of the principle."), browser.text());
        browser.screenshot("51-essay-graded-result");
    }
}
