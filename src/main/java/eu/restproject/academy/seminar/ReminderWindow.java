package eu.restproject.academy.seminar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a reminder may go: from {@code daysBefore} days before the seminar's first session at the
 * reminder time of the seminar's country, until that session starts. A node that was down at the due
 * moment still sends it when it comes back, but never once the seminar has begun.
 */
record ReminderWindow(Instant from, Instant until) {

    /** The window of a seminar; none for a seminar without sessions. */
    static Optional<ReminderWindow> of(Seminar seminar, int daysBefore, LocalTime at) {
        return seminar.getSessions().stream()
                .map(SeminarSession::start)
                .min(Comparator.naturalOrder())
                .map(first -> new ReminderWindow(dueAt(first, daysBefore, at), first.toInstant()));
    }

    /** Whether the seminar's reminder of this kind may go at {@code now}: cancelled seminars have none. */
    static boolean isDue(Seminar seminar, ReminderKind kind, ReminderSettings settings, Instant now) {
        return !seminar.isCancelled()
                && of(seminar, settings.daysBefore(kind), settings.reminderTime())
                        .map(window -> window.contains(now))
                        .orElse(false);
    }

    private static Instant dueAt(ZonedDateTime firstStart, int daysBefore, LocalTime at) {
        return firstStart
                .toLocalDate()
                .minusDays(daysBefore)
                .atTime(at)
                .atZone(firstStart.getZone())
                .toInstant();
    }

    boolean contains(Instant now) {
        return !now.isBefore(from) && now.isBefore(until);
    }
}
