package eu.restproject.academy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A trainer writes a question with a country variant, previews it as a Spanish learner would get it, and publishes it. */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class AuthoringBrowserIT {

    private static Browser browser;

    /** Picks an entry of a PrimeFaces select menu by its value, through the menu's own widget. */
    private static void chooseValue(String menuId, String value) {
        browser.find(By.id(menuId));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        browser.awaitAjax();
    }

    private static void click(String id) {
        browser.find(By.id(id)).click();
        browser.awaitAjax();
    }

    private static void awaitText(String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> browser.text().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("59-authoring-failed");
            throw new AssertionError(
                    "'" + text + "' did not appear in: " + browser.driver().getPageSource(), e);
        }
    }

    /** Publishes a module with the test quiz and opens its question bank as a trainer, in a language. */
    private static void openNewModule(String module, String trainer, String language) throws Exception {
        HttpResponse<String> upload =
                Bundles.publishThroughApi(module + ".zip", Bundles.withQuiz(module, "1.0.0", "new", Bundles.QUIZ));
        assertEquals(201, upload.statusCode(), upload.body());
        browser.signInAfresh(trainer, RunningAcademy.DEMO_PASSWORD);
        browser.chooseLanguage(language);
        browser.open("/author/module.xhtml?module=" + module);
    }

    private static void importFile(String name, String text) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile(name, ".gift.txt");
        java.nio.file.Files.writeString(file, text);
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.submit("import:submit");
    }

    @Test
    void aTrainerAuthorsPreviewsAndPublishesAQuestion() throws Exception {
        openNewModule("it-authorb", "trainer.es@example.org", "EN");
        assertTrue(browser.text().contains("Same as the published version"), browser.text());
        browser.assertAccessible();
        browser.screenshot("50-authoring-bank");

        // A Moodle question bank: one question the platform takes, one numerical question it cannot hold.
        importFile("bank", """
                $CATEGORY: $course$/Identification

                ::non-punishment::Victims should not be punished for offences they were compelled to commit. {T}

                ::days::For how many days at least does the reflection period last? {#30}
                """);
        awaitText("Imported questions: 1");
        assertTrue(browser.text().contains("non-punishment"), "the imported question is in the bank");
        assertTrue(
                browser.find(By.id("import:notes")).getText().contains("Line 5: numerical questions are not supported"),
                browser.find(By.id("import:notes")).getText());
        browser.screenshot("55-authoring-gift-import");

        browser.submit("bank:newQuestion");
        browser.type("editor:qid", "expulsion");
        browser.type("editor:text", "May a presumed victim be expelled during the recovery and reflection period?");
        browser.find(By.cssSelector("[id$=':0:option']")).sendKeys("No, expulsion orders cannot be enforced");
        browser.find(By.cssSelector("[id$=':0:feedback']")).sendKeys("Right: the period protects against removal.");
        browser.find(By.cssSelector("[id$=':0:instrument']")).sendKeys("CETS No. 197");
        browser.find(By.cssSelector("[id$=':0:article']")).sendKeys("Art. 13");
        browser.find(By.cssSelector("[id$=':0:correct'] .ui-chkbox-box")).click();
        browser.find(By.cssSelector("[id$=':1:option']")).sendKeys("Yes, if the person has no residence permit");
        browser.find(By.cssSelector("[id$=':1:feedback']"))
                .sendKeys("No: a missing permit does not end the protection.");
        click("editor:addVariant");
        String country = browser.find(By.cssSelector("[id$=':0:country']")).getAttribute("id");
        chooseValue(country, "ES");
        browser.find(By.cssSelector("[id$=':0:variantCorrect'] .ui-chkbox-box")).click();
        browser.find(By.cssSelector("[id$=':0:variantFeedback']"))
                .sendKeys("In Spain the period lasts at least 90 days.");
        browser.type("editor:tags", "reflection period, expulsion");
        browser.screenshot("51-authoring-question-form");
        click("editor:save");
        awaitText("The question expulsion was saved.");

        chooseValue("editor:previewCountry", "ES");
        click("editor:showPreview");
        browser.find(By.cssSelector("#preview input[type=radio][value='a']")).click();
        browser.awaitAjax();
        click("answer:check");
        awaitText("Score: 1.00 / 1.00");
        assertTrue(browser.text().contains("In Spain the period lasts at least 90 days."), browser.text());
        browser.assertAccessible();
        browser.screenshot("52-authoring-question-preview-es");
        browser.resize(390, 844);
        assertTrue(browser.fitsWidth(), "the editor fits a phone");
        browser.screenshot("53-authoring-question-phone");
        browser.resize(1280, 1000);

        browser.open("/author/quiz.xhtml?module=it-authorb&quiz=final");
        chooseValue("draft:toAdd", "expulsion");
        click("draft:add");
        click("draft:save");
        awaitText("Changed since publication");
        click("draft:publish");
        awaitText("Published as version 1.1.0 of the module.");
        assertTrue(browser.text().contains("Same as the published version"), browser.text());
        browser.assertAccessible();
        browser.screenshot("54-authoring-published");

        browser.signInAfresh("participant1.es@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/learn/module.xhtml?id=it-authorb");
        browser.submit("start-final");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("q-expulsion")));
        assertTrue(browser.text().contains("May a presumed victim be expelled"), "learners get the published question");
    }

    /** Issue 11: a German trainer's GIFT import stored a question without English text, and the bank answered HTTP 500 from then on. */
    @Test
    void aGermanTrainerImportsAGiftFileAndTheBankStillOpens() throws Exception {
        openNewModule("it-authorde", "trainer.at@example.org", "DE");
        assertTrue(
                browser.text().contains("Jede Frage braucht einen englischen Text"),
                "the English requirement is said before importing");
        assertEquals(
                "DE",
                new Select(browser.find(By.id("import:language")))
                        .getFirstSelectedOption()
                        .getAttribute("value"));
        browser.assertAccessible();

        importFile("german", "::fresh-question::Der Himmel ist blau. {T}\n");
        awaitText("Es wurde nichts importiert: Jede Frage braucht einen englischen Text");
        assertTrue(!browser.text().contains("fresh-question"), "nothing was stored");
        browser.screenshot("56-authoring-gift-german-refused");

        new Select(browser.find(By.id("import:language"))).selectByValue("EN");
        importFile("english", "::fresh-question::The sky is blue. {T}\n");
        awaitText("1 Fragen wurden importiert");
        assertTrue(
                browser.find(By.id("import:notes")).getText().contains("Zeile 1: als fresh-question importiert."),
                browser.find(By.id("import:notes")).getText());

        importFile("again", "::fresh-question::The sky is blue today. {T}\n");
        awaitText("Zeile 1: Die ID fresh-question ist schon vergeben; als fresh-question-2 importiert.");
        browser.screenshot("57-authoring-gift-collision");

        browser.open("/author/module.xhtml?module=it-authorde");
        awaitText("fresh-question-2");
        assertTrue(browser.text().contains("The sky is blue today."), browser.text());
        browser.open("/author/question.xhtml?module=it-authorde&id=fresh-question");
        assertEquals(
                "fresh-question",
                browser.find(By.id("editor:qid")).getAttribute("value"),
                "the editor opens the imported question");
        browser.open("/author/quiz.xhtml?module=it-authorde&quiz=final");
        browser.find(By.id("draft:save"));
    }

    @Test
    void participantsCannotOpenAuthoring() {
        browser.signInAfresh("participant1.at@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/author/index.xhtml");
        browser.find(By.id("error-text"));
        assertTrue(!browser.text().contains("Authoring"), "no link to authoring for participants");
    }
}
