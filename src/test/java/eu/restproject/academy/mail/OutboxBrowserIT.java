package eu.restproject.academy.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's Outbox page against the packaged jar, whose mail goes to the test's SMTP server: the demo
 * seminars' registration letters are listed as sent, one of them is read in full with its calendar
 * file, and a participant is refused the page.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class OutboxBrowserIT {

    private static final String RECIPIENT = "participant1.at@example.org";

    private static Browser browser;

    @Test
    void theAdminReadsWhatWasSentAndAParticipantIsRefused() throws Exception {
        browser.signInAfresh(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
        WebElement row = sentRowTo(RECIPIENT, "Anmeldung bestätigt");
        assertTrue(
                browser.find(By.id("outbox-mode")).getText().startsWith("Messages are sent to the mail server"),
                browser.find(By.id("outbox-mode")).getText());
        browser.assertAccessible();

        row.findElement(By.cssSelector("a.outbox-subject")).click();
        String opened = browser.find(By.id("opened")).getText();
        assertTrue(opened.contains("To: Lena Gruber <" + RECIPIENT + ">"), opened);
        assertTrue(opened.contains("Attachment: seminar.ics"), opened);
        assertTrue(browser.find(By.id("opened-text")).getText().startsWith("Hallo Lena Gruber,"), opened);

        browser.resize(360, 800);
        assertTrue(browser.fitsWidth(), "the outbox fits a 360 px phone");
        browser.screenshot("outbox-360");
        browser.resize(1280, 900);

        browser.signInAfresh("participant1.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/admin/outbox.xhtml");
        assertEquals("Accès non autorisé", browser.find(By.tagName("h1")).getText());
        assertTrue(!browser.text().contains(RECIPIENT), "nothing of the outbox is shown");
    }

    /**
     * The row of a sent letter to {@code recipient} whose subject starts so (other tests write to the demo
     * participants too); the sender runs every second, so it is soon sent.
     */
    private static WebElement sentRowTo(String recipient, String subject) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            browser.open("/admin/outbox.xhtml?status=SENT");
            for (WebElement row : browser.driver().findElements(By.cssSelector("#outbox\\:messages tbody tr"))) {
                if (row.getText().contains(recipient) && row.getText().contains(subject)) {
                    return row;
                }
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no sent letter to " + recipient + ": " + browser.text());
            }
            Thread.sleep(500);
        }
    }
}
