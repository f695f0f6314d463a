package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The platform's mail as a new participant meets it, in headless Chromium against the packaged jar:
 * the welcome letter's link confirms the address on a translated page, and the profile's choices of
 * optional messages stay as saved.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class RegistrationMailBrowserIT {

    private static final String PASSWORD = "copper meadow lantern";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/confirm\\.xhtml\\?code=[\\w-]+");

    private static Browser browser;

    @Test
    void theWelcomeLetterLinkConfirmsTheAddressOnATranslatedPage() throws Exception {
        String address = "jelena.markovic@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.chooseLanguage("SR");
        register(address, "Jelena Marković");

        MimeMessage welcome = awaitOne(address);
        assertEquals("Molimo Vas da potvrdite svoju adresu e-pošte – REST Academy", welcome.getSubject());
        Matcher link = CONFIRM_LINK.matcher(plainText(welcome));
        assertTrue(link.find(), plainText(welcome));

        browser.open(link.group());
        assertEquals(
                "Hvala: Vaša adresa e-pošte je potvrđena. Sada možete da se prijavite.",
                browser.find(By.id("outcome")).getText());
        assertEquals(
                "Potvrdite svoju adresu e-pošte", browser.find(By.tagName("h1")).getText());
        browser.assertAccessible();
        browser.screenshot("mail-01-confirmed-serbian");

        browser.open(link.group());
        assertEquals(
                "Ovaj link je već iskorišćen: Vaša adresa e-pošte je potvrđena. Samo se prijavite.",
                browser.find(By.id("outcome")).getText());
        browser.open("/confirm.xhtml?code=made-up");
        assertTrue(browser.find(By.id("outcome")).getText().startsWith("Ovaj link nije važeći."));
        assertTrue(browser.driver().findElements(By.id("resend:email")).size() == 1, "a new link is offered");
        browser.resize(360, 800);
        assertTrue(browser.fitsWidth(), "the confirmation page fits a phone");
        browser.resize(1280, 900);
        browser.chooseLanguage("EN");
    }

    @Test
    void theConfirmationPageSendsANewLinkWithTheSameAnswerForEveryAddress() throws Exception {
        String address = "ana.popescu@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.chooseLanguage("EN");
        register(address, "Ana Popescu");
        awaitOne(address);

        String sent = "If this address has an account waiting for confirmation, a new link is on its way.";
        browser.open("/confirm.xhtml");
        browser.assertAccessible();
        browser.type("resend:email", "nobody.here@example.org");
        browser.submit("resend:send");
        assertTrue(browser.text().contains(sent), browser.text());
        browser.type("resend:email", address);
        browser.submit("resend:send");
        assertTrue(browser.text().contains(sent), browser.text());
        browser.screenshot("mail-04-new-link-sent");

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(address, 2, Duration.ofSeconds(30));
        assertEquals(2, received.size());
        String again = plainText(received.get(1));
        assertTrue(again.contains("As requested, here is a new link"), again);
        Matcher link = CONFIRM_LINK.matcher(again);
        assertTrue(link.find(), again);
        browser.open(link.group());
        assertEquals(
                "Thank you: your e-mail address is confirmed. You can sign in now.",
                browser.find(By.id("outcome")).getText());
        assertEquals(List.of(), TestMailServer.messagesTo("nobody.here@example.org"));
    }

    @Test
    void aParticipantTurnsOffAnOptionalTopicAndItStaysOff() throws Exception {
        String address = "tomas.berger@example.org";
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
        browser.chooseLanguage("EN");
        register(address, "Tomas Berger");
        browser.signIn(address, PASSWORD);
        browser.open("/account/profile.xhtml");

        assertEquals(List.of("SEMINAR_UPDATES", "SEMINAR_REMINDERS", "LEARNING"), checked());
        assertEquals("Learning: graded essays, certificates, modules to finish before a seminar", label("LEARNING"));
        assertTrue(
                browser.find(By.id("mandatory-topics")).getText().contains("Cancelled seminars"),
                browser.find(By.id("mandatory-topics")).getText());
        assertTrue(
                browser.driver()
                        .findElements(By.cssSelector("input[name='mail:topics'][value='ACCOUNT']"))
                        .isEmpty(),
                "mandatory topics have no checkbox");
        browser.assertAccessible();

        checkbox("LEARNING").click();
        browser.submit("mail:saveMail");
        assertTrue(browser.text().contains("Your choice of messages has been saved."), browser.text());
        browser.open("/account/profile.xhtml");
        assertEquals(List.of("SEMINAR_UPDATES", "SEMINAR_REMINDERS"), checked());
        showMailChoices();
        browser.screenshot("mail-02-profile-choices");

        browser.chooseLanguage("DE");
        assertEquals(List.of("SEMINAR_UPDATES", "SEMINAR_REMINDERS"), checked());
        assertEquals(
                "Lernen: bewertete Aufsätze, Zertifikate, vor einem Seminar abzuschließende Module", label("LEARNING"));
        assertTrue(browser.find(By.id("mandatory-topics")).getText().contains("Abgesagte Seminare"));
        browser.resize(360, 800);
        assertTrue(browser.fitsWidth(), "the profile fits a phone");
        showMailChoices();
        browser.screenshot("mail-03-profile-choices-german-phone");
        browser.resize(1280, 900);

        checkbox("LEARNING").click();
        checkbox("SEMINAR_UPDATES").click();
        browser.submit("mail:saveMail");
        browser.open("/account/profile.xhtml");
        assertEquals(List.of("SEMINAR_REMINDERS", "LEARNING"), checked());
        assertFalse(checkbox("SEMINAR_UPDATES").isSelected());
        browser.chooseLanguage("EN");
    }

    private static void register(String address, String name) {
        browser.open("/register.xhtml");
        browser.type("register:email", address);
        browser.type("register:displayName", name);
        new Select(browser.find(By.id("register:country"))).selectByValue("RS");
        new Select(browser.find(By.id("register:profession"))).selectByValue("SOCIAL_WORKER");
        browser.type("register:password", PASSWORD);
        browser.find(By.id("register:privacy")).click();
        browser.submit("register:submit");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), browser.text());
    }

    private static void showMailChoices() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.id("mail-heading")));
    }

    private static WebElement checkbox(String topic) {
        return browser.find(By.cssSelector("input[name='mail:topics'][value='" + topic + "']"));
    }

    private static String label(String topic) {
        return browser.find(By.cssSelector("label[for='" + checkbox(topic).getAttribute("id") + "']"))
                .getText();
    }

    private static List<String> checked() {
        return browser.driver().findElements(By.cssSelector("input[name='mail:topics']")).stream()
                .filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value"))
                .toList();
    }

    private static MimeMessage awaitOne(String address) throws InterruptedException {
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(address, 1, Duration.ofSeconds(30));
        assertEquals(1, received.size(), "the welcome letter to " + address);
        return received.get(0);
    }

    private static String plainText(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }
}
