package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Seminars for tests: {@link #details} as a coordinator describes one, for the services; and
 * {@link #seminar} as the database would return it, for unit tests of reports and PDFs that need no
 * database (ids set as the sequence would, each session with its own secret).
 */
public final class SeminarFixtures {

    private SeminarFixtures() {}

    /** A seminar with one session per entry of {@code days} (09:00–13:00, 4 hours, room "A 1.02"). */
    public static Seminar seminar(
            long id, Country country, String city, Map<Language, SeminarText> texts, LocalDate... days) {
        Seminar seminar = new Seminar(country, "INVITE" + id, Instant.parse("2026-01-01T00:00:00Z"));
        List<SessionDetails> sessions = java.util.Arrays.stream(days)
                .map(day -> new SessionDetails(
                        null, day, LocalTime.of(9, 0), LocalTime.of(13, 0), "A 1.02", new BigDecimal("4.00")))
                .toList();
        seminar.describe(details(texts, city, "Centrul de conferințe", days[0], days[days.length - 1], 25, sessions));
        long sessionId = id * 100;
        for (SessionDetails details : sessions) {
            SeminarSession session = new SeminarSession(seminar, "secret-of-" + sessionId);
            session.describe(details);
            set(session, "id", sessionId++);
            seminar.add(session);
        }
        set(seminar, "id", id);
        return seminar;
    }

    /**
     * A seminar as a coordinator first describes it: no trainers and no pre-seminar modules yet, and the
     * form's check-in settings (codes rotating every 20 s, 15 minutes' grace, open 30 minutes before
     * and closing at the end).
     */
    public static SeminarDetails details(
            Map<Language, SeminarText> texts,
            String city,
            String venue,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            List<SessionDetails> sessions) {
        return new SeminarDetails(
                texts, city, venue, startsOn, endsOn, capacity, Set.of(), Set.of(), 20, 15, 30, 0, sessions);
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
