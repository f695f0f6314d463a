package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * What people click through, in headless Chromium against the packaged jar: register, sign in,
 * switch language, an admin assigns a role, a coordinator is refused another country, sign out.
 * Each page is checked with axe-core and photographed under target/screenshots.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class AccountsBrowserIT {

    private static Browser browser;

    private static void signOut() {
        browser.driver().manage().deleteAllCookies();
    }

    /** The message shown in the form field of the input with this id. */
    private static String fieldMessage(String inputId) {
        return browser.find(By.xpath("//*[@id='" + inputId
                        + "']/ancestor::div[contains(@class,'field')][1]//*[contains(@class,'field-message')]"))
                .getText();
    }

    @Test
    void aParticipantRegistersSignsInAndSwitchesLanguage() {
        signOut();
        browser.open("/register.xhtml");
        browser.assertAccessible();
        // The browser's own check of type="email" lets this pass; ours wants a dot in the domain.
        browser.type("register:email", "ines@localhost");
        browser.type("register:displayName", " ");
        browser.type("register:password", "short");
        browser.submit("register:submit");
        // Every field's problem at once, each next to its field.
        assertEquals(
                "This is not a valid e-mail address (example: name@organisation.org).", fieldMessage("register:email"));
        assertEquals("Please enter your name.", fieldMessage("register:displayName"));
        assertEquals("Please choose your country.", fieldMessage("register:country"));
        assertEquals("The password must have at least 12 characters.", fieldMessage("register:password"));
        browser.screenshot("01-register-all-problems");

        browser.type("register:email", "ines.ferreira@example.org");
        browser.type("register:displayName", "Inês Ferreira");
        new Select(browser.find(By.id("register:country"))).selectByValue("ES");
        new Select(browser.find(By.id("register:profession"))).selectByValue("SOCIAL_WORKER");
        browser.type("register:password", "short");
        browser.submit("register:submit");
        assertTrue(browser.text().contains("The password must have at least 12 characters."), browser.text());
        assertTrue(browser.text().contains("Please accept the privacy notice")
                || browser.text().contains("at least 12"));
        browser.screenshot("01-register-refused");

        browser.type("register:password", "tide lantern orchard");
        browser.find(By.id("register:privacy")).click();
        browser.submit("register:submit");
        assertTrue(browser.text().contains("Sign in now with this e-mail address and your password."), browser.text());

        browser.type("login:email", "ines.ferreira@example.org");
        browser.type("login:password", "tide lantern orchard");
        browser.submit("login:submit");
        assertTrue(browser.find(By.id("signed-in-as")).getText().contains("ines.ferreira@example.org"));
        browser.screenshot("02-signed-in");
        browser.open("/account/profile.xhtml");
        assertEquals(
                "Inês Ferreira",
                browser.find(By.id("profile:displayName")).getAttribute("value"),
                "accented names must survive the round trip");
        browser.open("/");

        browser.chooseLanguage("DE");
        assertEquals(
                "Willkommen bei der REST Academy",
                browser.find(By.tagName("h1")).getText());
        assertEquals("de", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.assertAccessible();
        browser.screenshot("03-home-german");

        // The choice is kept in the account: a new session in a browser set to English is German again.
        signOut();
        browser.signIn("ines.ferreira@example.org", "tide lantern orchard");
        assertEquals(
                "Willkommen bei der REST Academy",
                browser.find(By.tagName("h1")).getText());

        browser.chooseLanguage("SR");
        assertEquals("sr-Latn", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("04-home-serbian");
        browser.chooseLanguage("EN");
    }

    @Test
    void theAdminAssignsARoleAndACountry() {
        signOut();
        browser.signIn(RunningAcademy.ADMIN_EMAIL, RunningAcademy.ADMIN_PASSWORD);
        browser.open("/admin/accounts.xhtml");
        browser.assertAccessible();
        browser.screenshot("05-admin-accounts");
        browser.find(By.linkText("Tobias Wimmer")).click();
        browser.find(By.id("edit:roles"));
        browser.assertAccessible();

        WebElement trainer = browser.driver().findElement(By.cssSelector("input[name='edit:roles'][value='TRAINER']"));
        trainer.click();
        new Select(browser.find(By.id("edit:country"))).selectByValue("");
        browser.submit("edit:save");
        assertTrue(browser.text().contains("Trainers and coordinators need a country."), browser.text());
        browser.screenshot("06-admin-role-refused");

        new Select(browser.find(By.id("edit:country"))).selectByValue("AT");
        browser.submit("edit:save");
        assertTrue(browser.text().contains("Roles and country have been saved."), browser.text());
        browser.screenshot("07-admin-role-saved");

        signOut();
        browser.signIn("participant2.at@example.org", RunningAcademy.DEMO_PASSWORD);
        // Tobias is now a trainer: the staff page of his country opens for him.
        browser.open("/staff/people.xhtml");
        assertTrue(browser.text().contains("Lena Gruber"), browser.text());
    }

    @Test
    void aCoordinatorSeesTheirCountryAndIsRefusedAnother() {
        signOut();
        browser.signIn("coordinator.fr@example.org", RunningAcademy.DEMO_PASSWORD);
        // Other tests may have switched this demo account to English, which the account keeps.
        browser.chooseLanguage("FR");
        browser.open("/staff/people.xhtml");
        assertTrue(browser.text().contains("Sophie Lefèvre"), browser.text());
        browser.assertAccessible();
        browser.screenshot("08-coordinator-own-country");

        browser.open("/staff/people.xhtml?country=NL");
        assertTrue(browser.text().contains("Vous ne pouvez voir que les données personnelles"), browser.text());
        assertFalse(browser.text().contains("Emma Bakker"));
        browser.screenshot("09-coordinator-other-country-refused");
    }

    @Test
    void signingOutEndsTheSession() {
        signOut();
        browser.signIn("trainer.md@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/account/profile.xhtml");
        browser.assertAccessible();
        browser.submit("signOut:signOutButton");
        assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
        browser.open("/account/profile.xhtml");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/login.xhtml?continue="),
                browser.driver().getCurrentUrl());
        browser.screenshot("10-signed-out");
    }

    @Test
    void pagesWorkOnAPhoneAndWithTheKeyboard() {
        signOut();
        browser.resize(360, 740);
        try {
            for (String page : new String[] {"/", "/login.xhtml", "/register.xhtml", "/privacy.xhtml"}) {
                browser.open(page);
                assertTrue(browser.fitsWidth(), page + " scrolls sideways on a 360 px screen");
                browser.assertAccessible();
            }
            browser.screenshot("11-register-phone");

            browser.open("/login.xhtml");
            WebElement body = browser.find(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement first = browser.driver().switchTo().activeElement();
            assertEquals("skip-link", first.getAttribute("class"));
            first.sendKeys(Keys.ENTER);
            assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));

            browser.signIn("participant1.rs@example.org", RunningAcademy.DEMO_PASSWORD);
            browser.open("/account/profile.xhtml");
            assertTrue(browser.fitsWidth(), "the profile scrolls sideways on a 360 px screen");
            browser.screenshot("12-profile-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }
}
