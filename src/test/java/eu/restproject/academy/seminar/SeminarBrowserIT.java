package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.BrowserPerClass;
import eu.restproject.academy.support.RunningAcademy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A seminar's life in the browser against the packaged jar: a coordinator creates it (and is
 * refused an end before the start), edits, copies, imports participants from a CSV file through
 * the preview, a participant joins through the invitation link after signing in, the coordinator
 * cancels it and the participant reads the notice; another country's coordinator is refused.
 */
@ExtendWith({RunningAcademy.class, BrowserPerClass.class})
class SeminarBrowserIT {

    private static final String TITLE = "Identifying victims " + System.nanoTime();
    private static final String CITY = "Testville-browser";
    private static Browser browser;

    private static void signInInEnglish(String email) {
        browser.signInAfresh(email, RunningAcademy.DEMO_PASSWORD);
        browser.chooseLanguage("EN");
    }

    /** Date and time inputs take their value as the browser's locale writes it; setting it directly avoids that. */
    private static void set(String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), value);
    }

    private static void session(int row, LocalDate day, String start, String end, String room, String hours) {
        String prefix = "seminar:rows:" + row + ":";
        set(prefix + "heldOn", day.toString());
        set(prefix + "startsAt", start);
        set(prefix + "endsAt", end);
        browser.type(prefix + "room", room);
        browser.type(prefix + "hours", hours);
    }

    private static long idInAddress() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    @Test
    void aSeminarFromCreationToCancellation() throws IOException {
        LocalDate start = LocalDate.now().plusDays(40);
        signInInEnglish("coordinator.at@example.org");
        browser.open("/staff/seminars.xhtml");
        browser.assertAccessible();
        browser.submit("new");

        browser.type("seminar:texts:0:textTitle", TITLE);
        browser.type("seminar:texts:0:textDescription", "Indicators, first contact, referral.\n<b>not bold</b>");
        browser.type("seminar:city", CITY);
        browser.type("seminar:venue", "Community hall");
        set("seminar:startsOn", start.toString());
        set("seminar:endsOn", start.minusDays(2).toString());
        browser.type("seminar:capacity", "2");
        browser.type("seminar:rotationSeconds", "1");
        session(0, start, "09:00", "12:30", "Room A", "3.5");
        browser.assertAccessible();
        browser.screenshot("seminar-01-form");
        browser.submit("seminar:save");
        assertTrue(browser.text().contains("The seminar cannot end before it starts."), browser.text());
        assertFalse(browser.driver().getCurrentUrl().contains("id="), "nothing saved, still the new form");
        assertEquals(
                List.of("The seminar cannot end before it starts.", "The code must change every 5 to 300 seconds."),
                browser.driver().findElements(By.cssSelector(".field-message")).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .toList(),
                "both problems at once, each beside its field");
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.id("seminar:city")));
        browser.screenshot("seminar-02-end-before-start");

        set("seminar:endsOn", start.plusDays(1).toString());
        browser.type("seminar:rotationSeconds", "20");
        browser.submit("seminar:addSession");
        session(1, start.plusDays(1), "10:00", "16:00", "Room B", "5");
        browser.submit("seminar:save");
        assertTrue(browser.text().contains("The seminar has been saved."), browser.text());
        long id = idInAddress();
        assertTrue(browser.text().contains("Check-in screen"), browser.text());
        browser.assertAccessible();
        browser.screenshot("seminar-03-saved");

        browser.type("seminar:venue", "Town hall, room 2");
        browser.submit("seminar:save");
        assertTrue(browser.text().contains("The seminar has been saved."), browser.text());
        assertEquals("Town hall, room 2", browser.find(By.id("seminar:venue")).getAttribute("value"));

        set("copy:newStart", start.plusDays(60).toString());
        browser.submit("copy:submit");
        assertTrue(browser.text().contains("This is the copy"), browser.text());
        assertNotEquals(id, idInAddress());

        importParticipants(id);
        String invitation = browser.find(By.id("invitationLink")).getAttribute("value");
        assertTrue(invitation.contains("/seminars/join.xhtml?code="), invitation);

        joinThroughTheInvitation(invitation);

        signInInEnglish("coordinator.at@example.org");
        browser.open("/staff/seminar.xhtml?id=" + id);
        browser.type("cancel:notice", "The venue is closed for repairs. We will invite you to the new date.");
        browser.submit("cancel:submit");
        assertTrue(browser.text().contains("participants see your notice"), browser.text());

        browser.signInAfresh("participant2.at@example.org", RunningAcademy.DEMO_PASSWORD);
        browser.open("/seminars/index.xhtml");
        assertTrue(browser.text().contains("The venue is closed for repairs."), browser.text());
        browser.screenshot("seminar-09-participant-cancel-notice");

        signInInEnglish("coordinator.fr@example.org");
        browser.open("/staff/seminar.xhtml?id=" + id);
        assertFalse(browser.text().contains(TITLE), "another country's seminar is not shown");
        assertFalse(
                browser.driver().findElements(By.cssSelector(".message-error")).isEmpty(), browser.text());
        browser.open("/staff/registrations.xhtml?seminar=" + id);
        assertFalse(browser.text().contains("participant1.at@example.org"), browser.text());
        browser.screenshot("seminar-10-other-country-refused");
    }

    private static void importParticipants(long id) throws IOException {
        browser.open("/staff/registrations.xhtml?seminar=" + id);
        Path csv = Files.createTempFile("participants", ".csv");
        Files.writeString(
                csv,
                "\uFEFFemail;name\nparticipant1.at@example.org;Lena\nnobody@example.org;Nobody\n"
                        + "participant1.fr@example.org;Sophie\n=cmd|' /C calc'!A0;Evil\nparticipant1.at@example.org;Again\n",
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("csv")).sendKeys(csv.toAbsolutePath().toString());
        browser.submit("import:preview");
        String preview = browser.find(By.id("previewTable")).getText();
        assertEquals(
                2,
                preview.split("No participant of this seminar’s country has this e-mail address", -1).length - 1,
                "no account and another country's account read alike: " + preview);
        assertFalse(preview.contains("another country"), preview);
        assertTrue(preview.contains("Starts with =, +, - or @"), preview);
        assertTrue(preview.contains("Already in the file on line 2."), preview);
        assertTrue(browser.find(By.id("import-summary")).getText().contains("1 good rows, 4 bad rows"), browser.text());
        assertTrue(
                browser.find(By.id("registrations:table")).getText().contains("No one has registered yet."),
                "the preview saved nothing");
        browser.assertAccessible();
        browser.screenshot("seminar-04-import-preview");
        browser.submit("confirmImport:confirm");
        assertTrue(
                browser.text().contains("Imported: 1 registered, 0 on the waiting list, 4 rows left out."),
                browser.text());
        assertTrue(
                browser.find(By.id("registrations:table")).getText().contains("participant1.at@example.org"),
                browser.text());
        browser.screenshot("seminar-05-imported");
        Files.delete(csv);
    }

    private static void joinThroughTheInvitation(String invitation) {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(invitation);
        assertTrue(
                browser.driver().getCurrentUrl().contains("/login.xhtml"),
                browser.driver().getCurrentUrl());
        browser.type("login:email", "participant2.at@example.org");
        browser.type("login:password", RunningAcademy.DEMO_PASSWORD);
        browser.submit("login:submit");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/seminars/join.xhtml?code="),
                browser.driver().getCurrentUrl());
        assertTrue(browser.find(By.id("join-seminar")).getText().contains(TITLE), browser.text());
        browser.submit("join:register");
        assertTrue(
                browser.driver().getCurrentUrl().contains("/seminars/index.xhtml"),
                browser.driver().getCurrentUrl());
        browser.chooseLanguage("EN");
        browser.open("/seminars/index.xhtml");
        String page = browser.text();
        assertTrue(page.contains(TITLE), page);
        assertTrue(page.contains("Status: Registered"), page);
        assertTrue(page.contains("<b>not bold</b>"), "the description is shown as text, not as markup");
        browser.assertAccessible();
        browser.screenshot("seminar-06-participant");
        browser.resize(390, 844);
        try {
            browser.open("/seminars/index.xhtml");
            assertTrue(browser.fitsWidth(), "the participant's seminars page scrolls sideways on a 390 px phone");
            browser.assertAccessible();
            browser.screenshot("seminar-07-participant-phone");
        } finally {
            browser.resize(1280, 900);
        }
    }
}
