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
 * Seminars as the database would return them, for unit tests of reports and PDFs that need no
 * database: ids are set as the sequence would, and each session has its own secret.
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
        seminar.describe(new SeminarDetails(
                texts,
                city,
                "Centrul de conferințe",
                days[0],
                days[days.length - 1],
                25,
                Set.of(),
                Set.of(),
                20,
                15,
                30,
                0,
                sessions));
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
