package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.RunningAcademy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A participant makes their calendar feed address on their seminars page, a calendar application
 * fetches it without signing in (valid iCalendar listing the seminar's session), a new address ends
 * the old one, and revoking ends the new one: both then answer 404.
 */
@ExtendWith(RunningAcademy.class)
class CalendarFeedBrowserIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void aParticipantMakesReplacesAndRevokesTheirCalendarFeed() throws Exception {
        String participant = SeminarApi.participant("feed-browser");
        String day = LocalDate.now(ZoneId.of("Europe/Vienna")).plusDays(12).toString();
        long seminar = SeminarApi.seminar("Testville-feed", "", day, day, LocalTime.of(10, 0), LocalTime.of(12, 30));
        SeminarApi.register(seminar, participant);
        long session = SeminarApi.sessionOf(seminar);

        try (Browser browser = new Browser()) {
            browser.signIn(participant, SeminarApi.PASSWORD);
            browser.open("/seminars/index.xhtml");
            browser.submit("feed:create");
            String first = browser.find(By.id("feedAddress")).getAttribute("value");
            assertTrue(first.startsWith(RunningAcademy.url("/calendar/")) && first.endsWith(".ics"), first);
            browser.assertAccessible();
            browser.resize(360, 800);
            assertTrue(browser.fitsWidth(), "the page fits a 360 px phone");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('feed-heading').scrollIntoView();");
            browser.screenshot("calendar-feed-made");

            HttpResponse<String> feed = get(first);
            assertEquals(200, feed.statusCode(), feed.body());
            assertEquals(
                    "text/calendar;charset=utf-8",
                    feed.headers()
                            .firstValue("Content-Type")
                            .orElseThrow()
                            .replace(" ", "")
                            .toLowerCase());
            assertTrue(feed.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
            Calendar calendar = CalendarFiles.valid(feed.body());
            assertEquals(
                    List.of("seminar-" + seminar + "-session-" + session + "@rest-academy"),
                    CalendarFiles.uids(calendar));

            browser.open("/seminars/index.xhtml");
            assertTrue(browser.find(By.id("feedSince")).isDisplayed(), browser.text());
            assertTrue(browser.driver().findElements(By.id("feedAddress")).isEmpty(), "shown only once");
            browser.submit("feed:create");
            String second = browser.find(By.id("feedAddress")).getAttribute("value");
            assertFalse(second.equals(first));
            assertNotFound(get(first));
            assertEquals(200, get(second).statusCode());

            browser.submit("feed:revoke");
            assertTrue(browser.driver().findElements(By.id("feed:revoke")).isEmpty(), browser.text());
            assertNotFound(get(second));
        }
    }

    static void assertNotFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("VCALENDAR"), response.body());
    }

    static HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
