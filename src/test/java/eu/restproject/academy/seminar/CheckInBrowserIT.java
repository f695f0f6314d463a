package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.support.Browser;
import eu.restproject.academy.support.RunningAcademy;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A trainer shows the check-in screen of a session under way; participants check in from their own
 * browsers, by typing the code and by opening the QR code's address, signed in or not yet.
 */
@ExtendWith(RunningAcademy.class)
class CheckInBrowserIT {

    @Test
    void aParticipantChecksInWithTheCodeOnTheTrainersScreen() {
        long trainerId = trainerAt();
        long seminar = SeminarApi.seminarOpenNow("Testville-browser", String.valueOf(trainerId));
        long session = SeminarApi.sessionOf(seminar);
        String typing = SeminarApi.participant("browser-typing");
        String scanning = SeminarApi.participant("browser-scanning");
        SeminarApi.register(seminar, typing);
        SeminarApi.register(seminar, scanning);

        try (Browser trainer = new Browser();
                Browser participant = new Browser()) {
            trainer.signIn("trainer.at@example.org", RunningAcademy.DEMO_PASSWORD);
            trainer.open("/staff/check-in-screen.xhtml?session=" + session);
            assertTrue(trainer.find(By.id("count")).getText().startsWith("0 "), trainer.text());
            String code = trainer.find(By.id("short-code")).getText().replace(" ", "");
            assertEquals(6, code.length(), code);
            assertTrue(trainer.driver().findElement(By.cssSelector("#qr svg")).isDisplayed());
            trainer.assertAccessible();
            trainer.screenshot("check-in-screen-desktop");

            participant.signIn(typing, SeminarApi.PASSWORD);
            participant.open("/seminars/check-in.xhtml");
            participant.type("checkIn:code", code.substring(0, 3).toLowerCase() + " " + code.substring(3));
            participant.submit("checkIn:submit");
            assertTrue(participant.find(By.id("result")).getText().contains("You are checked in"), participant.text());
            String expected = SeminarApi.statusOfACheckInNow().equals("LATE") ? "Late" : "Present";
            assertTrue(
                    participant.find(By.id("result-status")).getText().contains(expected),
                    "late after 15 minutes' grace");
            participant.assertAccessible();
            participant.resize(390, 844);
            participant.screenshot("check-in-participant-result");

            new WebDriverWait(trainer.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("count")).getText().startsWith("1 "));

            String qrAddress = qrAddress(trainer);
            participant.driver().get(qrAddress);
            assertTrue(participant.find(By.id("result-repeated")).isDisplayed(), participant.text());

            participant.driver().manage().deleteAllCookies();
            participant.driver().get(qrAddress(trainer));
            assertTrue(
                    participant.driver().getCurrentUrl().contains("/login.xhtml"),
                    participant.driver().getCurrentUrl());
            participant.type("login:email", scanning);
            participant.type("login:password", SeminarApi.PASSWORD);
            participant.submit("login:submit");
            assertTrue(
                    participant.driver().getCurrentUrl().contains("/seminars/check-in.xhtml?session=" + session),
                    participant.driver().getCurrentUrl());
            assertTrue(
                    participant
                            .find(By.id(
                                    "result-" + SeminarApi.statusOfACheckInNow().toLowerCase()))
                            .isDisplayed(),
                    participant.text());
            new WebDriverWait(trainer.driver(), Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.id("count")).getText().startsWith("2 "));

            trainer.resize(390, 844);
            trainer.open("/staff/check-in-screen.xhtml?session=" + session);
            assertTrue(trainer.fitsWidth(), "the check-in screen fits a phone");
            trainer.screenshot("check-in-screen-phone");
        }
    }

    @Test
    void theTrainerRecordsTheRollCallLineByLine() {
        long trainerId = trainerAt();
        long seminar = SeminarApi.seminarOpenNow("Testville-rollcall", String.valueOf(trainerId));
        long session = SeminarApi.sessionOf(seminar);
        SeminarApi.register(seminar, SeminarApi.participant("rollcall-a"));
        SeminarApi.register(seminar, SeminarApi.participant("rollcall-b"));
        try (Browser trainer = new Browser()) {
            trainer.signIn("trainer.at@example.org", RunningAcademy.DEMO_PASSWORD);
            trainer.chooseLanguage("EN");
            trainer.open("/staff/roll-call.xhtml?session=" + session);
            trainer.type("rows:1:row:remark", "typed but not saved yet");
            new org.openqa.selenium.support.ui.Select(trainer.find(By.id("rows:0:row:status")))
                    .selectByValue("EXCUSED");
            trainer.find(By.id("rows:0:row:save")).click();
            trainer.awaitAjax();
            assertTrue(
                    trainer.find(By.id("rows:0:row")).getText().contains("An excused absence needs a reason"),
                    trainer.text());
            trainer.type("rows:0:row:reason", "Court hearing");
            trainer.find(By.id("rows:0:row:save")).click();
            trainer.awaitAjax();
            assertTrue(trainer.find(By.id("rows:0:row:current")).getText().contains("Excused"), trainer.text());
            assertEquals(
                    "typed but not saved yet",
                    trainer.find(By.id("rows:1:row:remark")).getAttribute("value"));
            assertTrue(trainer.find(By.id("history-table")).getText().contains("Court hearing"), trainer.text());
            trainer.assertAccessible();
            trainer.resize(390, 844);
            ((org.openqa.selenium.JavascriptExecutor) trainer.driver())
                    .executeScript("document.getElementById('rows:0:row').scrollIntoView()");
            trainer.screenshot("roll-call-phone");
            assertTrue(trainer.fitsWidth());
        }
    }

    private static long trainerAt() {
        return SeminarApi.list(SeminarApi.expect(
                        200, SeminarApi.call("GET", "/api/v1/people?country=AT", RunningAcademy.ADMIN_TOKEN, null)))
                .stream()
                .filter(p -> "trainer.at@example.org".equals(p.get("email")))
                .map(p -> ((Number) p.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** The address inside the QR code, as a phone camera would read it. */
    private static String qrAddress(Browser trainer) {
        String session = trainer.driver().getCurrentUrl().replaceFirst(".*session=", "");
        Map<String, Object> state = SeminarApi.object(SeminarApi.expect(
                200,
                SeminarApi.call(
                        "GET", "/api/v1/sessions/" + session + "/check-in-code", RunningAcademy.ADMIN_TOKEN, null)));
        return (String) state.get("url");
    }
}
