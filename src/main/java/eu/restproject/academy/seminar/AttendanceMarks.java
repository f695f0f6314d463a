package eu.restproject.academy.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading attendance marks, for the participant's own seminars page and the features built on
 * seminars (certificates, reports), so that they never query seminar's tables themselves; {@link Attendance} stays the only writer.
 */
@ApplicationScoped
public class AttendanceMarks {

    @PersistenceContext
    private EntityManager em;

    /** The marks of these sessions, in one query; none for no session. */
    public List<AttendanceMark> ofSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("AttendanceMark.ofSessions", AttendanceMark.class)
                .setParameter("sessions", sessionIds)
                .getResultList();
    }

    /** The hours credited to the person across the seminar's sessions, in one query. */
    public BigDecimal creditedHours(Seminar seminar, long accountId) {
        Map<Long, SeminarSession> sessions =
                seminar.getSessions().stream().collect(Collectors.toMap(SeminarSession::getId, Function.identity()));
        if (sessions.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return ofPerson(sessions.keySet(), accountId).stream()
                .map(m -> m.creditedHours(sessions.get(m.getSessionId()).getHours()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One person's marks in these sessions, in one query; none for no session. */
    public List<AttendanceMark> ofPerson(Collection<Long> sessionIds, long accountId) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select m from AttendanceMark m where m.sessionId in :sessions and m.accountId = :account",
                        AttendanceMark.class)
                .setParameter("sessions", sessionIds)
                .setParameter("account", accountId)
                .getResultList();
    }
}
