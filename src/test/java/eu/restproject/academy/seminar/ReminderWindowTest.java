package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a reminder may go: from the reminder time of the country some days before, until the first session. */
class ReminderWindowTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static Seminar seminarOn(Country country, LocalDate... days) {
        return SeminarFixtures.seminar(
                7, country, "Testville", Map.of(Language.EN, new SeminarText("Rights", "Text")), days);
    }

    @Test
    void theDayBeforeAtTheCountrysReminderTimeUntilTheFirstSessionStarts() {
        // Sessions 09:00–13:00 in Vienna, in winter (UTC+1).
        ReminderWindow window = ReminderWindow.of(
                        seminarOn(Country.AT, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11)), 1, NINE)
                .orElseThrow();

        assertEquals(Instant.parse("2027-03-09T08:00:00Z"), window.from());
        assertEquals(Instant.parse("2027-03-10T08:00:00Z"), window.until());
        assertFalse(window.contains(Instant.parse("2027-03-09T07:59:59Z")));
        assertTrue(window.contains(Instant.parse("2027-03-09T08:00:00Z")));
        assertTrue(window.contains(Instant.parse("2027-03-10T07:59:59Z")), "late, but before the seminar begins");
        assertFalse(window.contains(Instant.parse("2027-03-10T08:00:00Z")), "never once it has begun");
    }

    @Test
    void daysBeforeAndSummerTimeFollowTheSeminarsCountry() {
        // Moldova is UTC+3 in summer; the day before is the day summer time began in Europe (28 March 2027).
        ReminderWindow dayBefore = ReminderWindow.of(seminarOn(Country.MD, LocalDate.of(2027, 3, 29)), 1, NINE)
                .orElseThrow();
        ReminderWindow weekBefore = ReminderWindow.of(
                        seminarOn(Country.MD, LocalDate.of(2027, 3, 29)), 7, LocalTime.of(18, 30))
                .orElseThrow();

        assertEquals(Instant.parse("2027-03-28T06:00:00Z"), dayBefore.from());
        assertEquals(Instant.parse("2027-03-22T16:30:00Z"), weekBefore.from());
        assertEquals(Instant.parse("2027-03-29T06:00:00Z"), weekBefore.until());
    }

    @Test
    void aCancelledSeminarIsNeverDue() {
        Seminar seminar = seminarOn(Country.AT, LocalDate.of(2027, 3, 10));
        ReminderSettings settings = new ReminderSettings();
        settings.reminderTime = "09:00";
        settings.preparationDays = 7;
        Instant due = Instant.parse("2027-03-09T08:00:00Z");
        assertTrue(ReminderWindow.isDue(seminar, ReminderKind.DAY_BEFORE, settings, due));
        assertFalse(ReminderWindow.isDue(seminar, ReminderKind.DAY_BEFORE, settings, due.minusSeconds(1)));
        assertTrue(ReminderWindow.isDue(
                seminar, ReminderKind.PREPARATION, settings, due.minus(java.time.Duration.ofDays(6))));

        seminar.cancel("No venue.", Instant.parse("2027-03-01T10:00:00Z"));

        assertFalse(ReminderWindow.isDue(seminar, ReminderKind.DAY_BEFORE, settings, due));
    }
}
