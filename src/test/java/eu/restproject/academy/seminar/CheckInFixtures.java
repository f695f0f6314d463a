package eu.restproject.academy.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Counts of marks and audit rows for the check-in tests. */
@ApplicationScoped
public class CheckInFixtures {

    @PersistenceContext
    private EntityManager em;

    public long marks(long sessionId, long accountId) {
        return em.createQuery(
                        "select count(m) from AttendanceMark m where m.sessionId = :s and m.accountId = :a", Long.class)
                .setParameter("s", sessionId)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    public long marks(long sessionId) {
        return em.createQuery("select count(m) from AttendanceMark m where m.sessionId = :s", Long.class)
                .setParameter("s", sessionId)
                .getSingleResult();
    }

    public long changes(long sessionId, long accountId) {
        return em.createQuery(
                        "select count(c) from AttendanceChange c where c.sessionId = :s and c.accountId = :a",
                        Long.class)
                .setParameter("s", sessionId)
                .setParameter("a", accountId)
                .getSingleResult();
    }
}
