package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A coordinator invites by e-mail from the registrations page: a bad address is named and nothing is
 * sent, the corrected send goes out, and the letter that arrives carries the link the page shows.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class InvitationBrowserIT {

    private static Browser browser;

    @Test
    void aCoordinatorInvitesByEmailAfterCorrectingABadAddress() throws Exception {
        String address = "invited-" + System.nanoTime() + "@example.org";
        browser.signInAfresh("coordinator.at@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.chooseLanguage("EN");
        browser.open("/staff/seminars.xhtml");
        browser.find(By.linkText("Registrations")).click();
        String link = browser.find(By.id("invitationLink")).getAttribute("value");

        browser.type("invite:addresses", address + ", someone@");
        browser.submit("invite:send");
        assertTrue(browser.text().contains("“someone@”: This is not a valid e-mail address"), browser.text());
        assertEquals(
                address + ", someone@", browser.find(By.id("invite:addresses")).getAttribute("value"));
        browser.assertAccessible();
        browser.screenshot("invitation-01-bad-address");

        browser.type("invite:addresses", address);
        browser.submit("invite:send");
        assertTrue(browser.text().contains("One invitation was sent."), browser.text());

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(20));
        assertEquals(1, received.size());
        assertTrue(
                received.get(0).getSubject().startsWith("Einladung: "),
                received.get(0).getSubject());
        String text = new eu.restproject.academy.support.ReceivedMail(received.get(0)).text();
        assertTrue(text.contains(link.replaceAll("^https?://[^/]+", "")), text);
    }
}
