package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import eu.restproject.academy.support.TestMailServer;
import eu.restproject.academy.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Forgot password" as a person goes through it, in headless Chromium against the packaged jar: from
 * the sign-in page to the request, the link read from the mail the platform sent, a new password, and
 * signing in with it; the old password no longer works, and a session signed in before is over.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class PasswordResetBrowserIT {

    private static final String EMAIL = "reset.browser@example.org";
    private static final String OLD_PASSWORD = "orchard lantern tide";
    private static final String NEW_PASSWORD = "granite ferry morning";
    /** Letters are written by a timer, where no request tells the address: without ACADEMY_PUBLIC_URL, the fallback. */
    private static final Pattern LINK =
            Pattern.compile("http://localhost:8080(/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    private static Browser browser;

    @Test
    void aParticipantResetsTheirPasswordFromTheSignInPage() throws Exception {
        register();
        WebSession elsewhere = new WebSession().from("198.51.100.72");
        elsewhere.submit(
                elsewhere.get("/login.xhtml"), "login", "submit", Map.of("email", EMAIL, "password", OLD_PASSWORD));
        assertEquals(200, elsewhere.get("/account/profile.xhtml").status());
        assertTrue(elsewhere.get("/account/profile.xhtml").path().startsWith("/account/profile"));

        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        browser.find(By.id("forgotPassword")).click();
        browser.find(By.id("forgot:email"));
        browser.resize(360, 800);
        assertTrue(browser.fitsWidth(), "the request page fits a 360 px phone");
        browser.screenshot("reset-01-request-360");
        browser.resize(1280, 900);
        browser.assertAccessible();

        String unknownAnswer = request("nobody.reset@example.org");
        String knownAnswer = request(EMAIL);
        assertEquals(unknownAnswer, knownAnswer, "known and unknown addresses get the same answer");
        assertTrue(knownAnswer.contains("If an account has this address"), knownAnswer);

        String link = linkFromMail();
        browser.open(link);
        assertEquals("Choose a new password", browser.find(By.tagName("h1")).getText());
        assertTrue(browser.text().contains(EMAIL), browser.text());
        browser.assertAccessible();
        browser.type("reset:newPassword", NEW_PASSWORD);
        browser.type("reset:confirmation", "granite ferry evening");
        browser.submit("reset:submit");
        assertTrue(browser.text().contains("The two new passwords are not the same."), browser.text());
        browser.type("reset:newPassword", NEW_PASSWORD);
        browser.type("reset:confirmation", NEW_PASSWORD);
        browser.screenshot("reset-02-new-password");
        browser.submit("reset:submit");
        assertTrue(browser.text().contains("Your new password is saved"), browser.text());
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));

        assertTrue(
                elsewhere.get("/account/profile.xhtml").path().startsWith("/login.xhtml"),
                "the session signed in before the reset is over");

        browser.signIn(EMAIL, OLD_PASSWORD);
        assertTrue(browser.text().contains("The e-mail address or the password is not correct."), browser.text());
        browser.signIn(EMAIL, NEW_PASSWORD);
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains(EMAIL));

        browser.driver().manage().deleteAllCookies();
        browser.open(link);
        assertTrue(browser.text().contains("This link can no longer be used"), browser.text());
        assertTrue(browser.driver().findElements(By.id("reset:newPassword")).isEmpty(), "no form for a used link");
        browser.find(By.id("again"));
        browser.screenshot("reset-03-link-used");

        browser.open("/reset-password.xhtml?token=forged" + link.substring(link.length() - 8));
        assertTrue(browser.text().contains("This link is not valid."), browser.text());
        browser.open("/reset-password.xhtml");
        assertTrue(browser.text().contains("This link is not valid."), browser.text());
        browser.assertAccessible();
    }

    @Test
    void aThrottledRequesterGetsTheThrottledAnswerAndOthersDoNot() {
        WebSession flooder = new WebSession().from("198.51.100.73");
        String requested = "If an account has this address";
        for (int i = 0; i < 5; i++) {
            assertTrue(ask(flooder, "flood.target@example.org").contains(requested));
        }
        String throttled = ask(flooder, "flood.target@example.org");
        assertTrue(throttled.contains("Too many attempts from this connection. Please wait 15 minutes"), throttled);
        assertFalse(throttled.contains(requested));
        WebSession owner = new WebSession("de").from("198.51.100.74");
        assertTrue(ask(owner, "flood.target@example.org").contains("Falls ein Konto diese Adresse hat"));
    }

    private static String ask(WebSession session, String email) {
        return session.submit(session.get("/forgot-password.xhtml"), "forgot", "submit", Map.of("email", email))
                .body();
    }

    /** A participant of this test, registered as anyone registers. */
    private static void register() {
        WebSession registering = new WebSession().from("198.51.100.71");
        WebSession.Page done = registering.submit(
                registering.get("/register.xhtml"),
                "register",
                "submit",
                Map.of(
                        "email", EMAIL,
                        "displayName", "Reset Browser",
                        "country", "NL",
                        "profession", "LAWYER",
                        "password", OLD_PASSWORD,
                        "privacy", "on"));
        assertTrue(done.body().contains("Sign in now with this e-mail address"), done.body());
    }

    /** Asks for a link on the request page; returns the page's answer. */
    private static String request(String email) {
        browser.open("/forgot-password.xhtml");
        browser.type("forgot:email", email);
        browser.submit("forgot:submit");
        return browser.find(By.className("messages")).getText();
    }

    /** The path of the one reset link the platform mailed to the participant. */
    private static String linkFromMail() throws Exception {
        List<MimeMessage> mails =
                TestMailServer.awaitMessagesTo(EMAIL, "Choose a new password – REST Academy", Duration.ofSeconds(60));
        assertEquals(1, mails.size(), "one reset letter (the welcome letter comes too)");
        MimeMessage mail = mails.get(0);
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher matcher = LINK.matcher(text);
        assertTrue(matcher.find(), text);
        assertFalse(
                TestMailServer.messagesTo("nobody.reset@example.org").size() > 0, "no letter to an unknown address");
        return matcher.group(1);
    }
}
