package eu.restproject.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Learners reading modules in headless Chromium: German with Austrian sections, resuming, the
 * English fallback, and a lesson shown as updated after a new version is published.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class ReadingBrowserIT {

    private static Browser browser;

    @Test
    void anAustrianLearnerReadsInGermanWithAustrianSectionsAndResumes() {
        browser.signInAfresh("participant1.at@example.org", RunningAcademy.DEMO_PASSWORD);
        // German is this demo account's language; chosen again in case another test switched it.
        browser.chooseLanguage("DE");
        browser.open("/learn/catalogue.xhtml");
        browser.assertAccessible();
        assertTrue(browser.text().contains("Grundlagen"), browser.text());
        browser.screenshot("20-catalogue-german");

        browser.open("/learn/module.xhtml?id=essentials-identification");
        browser.assertAccessible();
        browser.find(By.id("continue")).click();
        browser.find(By.cssSelector("article.lesson"));
        assertEquals("de", browser.find(By.cssSelector("article.lesson")).getAttribute("lang"));
        assertFalse(
                browser.driver().findElements(By.id("fallback-notice")).size() > 0,
                "German text exists for this lesson");
        browser.assertAccessible();
        browser.submit("complete");

        // Lesson 2 has sections for Austria, France, Moldova and Serbia: an Austrian learner sees only Austria's.
        String lesson = browser.find(By.cssSelector("article.lesson")).getText();
        assertTrue(lesson.contains("Österreich"), lesson);
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.cssSelector("aside.country-section"))
                        .size());
        assertTrue(
                browser.find(By.cssSelector("aside.country-section")).getText().contains("Österreich"));
        assertTrue(browser.find(By.cssSelector("section.references")).getText().contains("CETS"));
        browser.screenshot("21-lesson-german-austria");

        browser.signInAfresh("participant1.at@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=essentials-identification");
        assertTrue(
                browser.find(By.id("continue")).getAttribute("href").contains("lesson=identification"),
                "resumes at the first lesson not yet done");
        browser.open("/learn/my-learning.xhtml");
        assertTrue(browser.find(By.id("my-learning")).getText().contains("1 / 3"), browser.text());
        browser.assertAccessible();
        browser.screenshot("22-my-learning");
    }

    @Test
    void staffSeeEveryCountrysSectionAndOthersReadEnglishWithANotice() {
        browser.signInAfresh("trainer.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/lesson.xhtml?module=essentials-identification&lesson=identification");
        assertTrue(
                browser.driver()
                                .findElements(By.cssSelector("aside.country-section"))
                                .size()
                        >= 4,
                "a trainer sees every country's section");
        assertTrue(browser.find(By.id("fallback-notice")).isDisplayed(), "no French text yet: English with a notice");
        assertEquals("en", browser.find(By.cssSelector("article.lesson")).getAttribute("lang"));
        browser.screenshot("23-lesson-trainer-fallback");

        browser.resize(360, 740);
        try {
            assertTrue(browser.fitsWidth(), "the lesson scrolls sideways on a 360 px screen");
            browser.assertAccessible();
            browser.screenshot("24-lesson-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void aSubstantiveChangeIsShownAsUpdatedAfterANewVersion() throws Exception {
        assertEquals(201, upload(version("1.0.0", "new", "At least 30 days.\n")));
        browser.signInAfresh("participant1.nl@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/lesson.xhtml?module=it-browser&lesson=first-lesson");
        browser.submit("complete");
        browser.submit("complete");
        assertTrue(browser.text().contains("2 / 2"), "both lessons done: " + browser.text());

        assertEquals(
                201, upload(version("1.1.0", "substantive", "At least 30 days, counted from the first contact.\n")));
        browser.open("/learn/module.xhtml?id=it-browser");
        String lessons = browser.find(By.id("lessons")).getText();
        assertTrue(lessons.contains("The period was explained again."), lessons);
        assertTrue(browser.find(By.id("continue")).getAttribute("href").contains("lesson=second-lesson"));
        browser.screenshot("25-module-updated-lesson");
        browser.find(By.id("continue")).click();
        assertTrue(browser.find(By.id("updated-notice")).getText().contains("The period was explained again."));
        assertTrue(browser.text().contains("counted from the first contact"));
    }

    private static Map<String, byte[]> version(String version, String secondChange, String secondText) {
        return Bundles.version("it-browser", version, secondChange, "The period was explained again.", secondText);
    }

    private static int upload(Map<String, byte[]> files) throws Exception {
        HttpResponse<String> response = Bundles.publishThroughApi("it-browser.zip", files);
        assertTrue(response.statusCode() == 201, response.body());
        return response.statusCode();
    }
}
