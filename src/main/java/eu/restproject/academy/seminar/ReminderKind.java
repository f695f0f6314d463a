package eu.restproject.academy.seminar;

/**
 * The reminders a seated participant gets before a seminar, each at most once: the day before, and
 * some days before when pre-seminar modules are not yet done.
 */
public enum ReminderKind {
    DAY_BEFORE,
    PREPARATION
}
