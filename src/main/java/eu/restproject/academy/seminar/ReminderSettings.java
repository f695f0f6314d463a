package eu.restproject.academy.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When reminders go: the day before a seminar at {@code academy.seminar.reminder-time} (a local time of
 * the seminar's country), and {@code academy.seminar.preparation-days} days before for pre-seminar
 * modules not yet done, at the same time of day. Nodes look for due reminders every
 * {@code academy.seminar.reminder-check-minutes}. A value that cannot be read stops the start with its
 * name ({@link ReminderSchedule}), rather than reminding at a time nobody chose.
 */
@ApplicationScoped
public class ReminderSettings {

    static final int MAX_PREPARATION_DAYS = 60;

    @Inject
    @ConfigProperty(name = "academy.seminar.reminder-time", defaultValue = "09:00")
    String reminderTime;

    @Inject
    @ConfigProperty(name = "academy.seminar.preparation-days", defaultValue = "7")
    int preparationDays;

    @Inject
    @ConfigProperty(name = "academy.seminar.reminder-check-minutes", defaultValue = "5")
    int checkMinutes;

    /** The local time of day reminders are due, for example 09:00. */
    public LocalTime reminderTime() {
        try {
            return LocalTime.parse(reminderTime.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "ACADEMY_SEMINAR_REMINDER_TIME must be a time of day such as 09:00, not '" + reminderTime + "'");
        }
    }

    /** How many days before its first session a seminar's unfinished modules are recalled (1 to 60). */
    public int preparationDays() {
        if (preparationDays < 1 || preparationDays > MAX_PREPARATION_DAYS) {
            throw new IllegalArgumentException("ACADEMY_SEMINAR_PREPARATION_DAYS must be between 1 and "
                    + MAX_PREPARATION_DAYS + ", not " + preparationDays);
        }
        return preparationDays;
    }

    public Duration checkInterval() {
        return Duration.ofMinutes(Math.max(1, checkMinutes));
    }

    /** How many days before the first session a reminder of this kind is due. */
    int daysBefore(ReminderKind kind) {
        return kind == ReminderKind.DAY_BEFORE ? 1 : preparationDays();
    }
}
