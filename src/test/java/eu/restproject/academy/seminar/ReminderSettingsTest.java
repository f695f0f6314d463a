package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Reminder settings: read as configured, and refused with the variable's name when they make no sense. */
class ReminderSettingsTest {

    private static ReminderSettings settings(String time, int preparationDays) {
        ReminderSettings settings = new ReminderSettings();
        settings.reminderTime = time;
        settings.preparationDays = preparationDays;
        settings.checkMinutes = 0;
        return settings;
    }

    @Test
    void aTimeOfDayAndDaysBeforeEachKind() {
        ReminderSettings settings = settings(" 18:30 ", 10);

        assertEquals(LocalTime.of(18, 30), settings.reminderTime());
        assertEquals(1, settings.daysBefore(ReminderKind.DAY_BEFORE));
        assertEquals(10, settings.daysBefore(ReminderKind.PREPARATION));
        assertEquals(1, settings.checkInterval().toMinutes(), "at least every minute, never a busy loop");
    }

    @Test
    void settingsThatMakeNoSenseAreRefusedByName() {
        IllegalArgumentException time = assertThrows(
                IllegalArgumentException.class, () -> settings("9 o'clock", 7).reminderTime());
        assertTrue(time.getMessage().contains("ACADEMY_SEMINAR_REMINDER_TIME"), time.getMessage());
        IllegalArgumentException days = assertThrows(
                IllegalArgumentException.class, () -> settings("09:00", 0).preparationDays());
        assertTrue(days.getMessage().contains("ACADEMY_SEMINAR_PREPARATION_DAYS"), days.getMessage());
        assertThrows(IllegalArgumentException.class, () -> settings("09:00", 61).preparationDays());
    }
}
