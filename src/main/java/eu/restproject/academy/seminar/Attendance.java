package eu.restproject.academy.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The only writer of attendance marks. Each write takes the row lock of the participant's
 * registration, so that a check-in, a second scan and a roll-call change of one person never run
 * at the same time, while different people check in in parallel; each change that alters a mark
 * leaves an {@link AttendanceChange} with the values before and after.
 */
@ApplicationScoped
class Attendance {

    @PersistenceContext
    private EntityManager em;

    /** The registration, locked; empty when the person holds no seat at the seminar. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Registration> lockSeat(SeminarSession session, long accountId) {
        List<Registration> found = em.createNamedQuery("Registration.of", Registration.class)
                .setParameter("seminar", session.getSeminar().getId())
                .setParameter("account", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.stream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<AttendanceMark> find(long sessionId, long accountId) {
        return em.createNamedQuery("AttendanceMark.of", AttendanceMark.class)
                .setParameter("session", sessionId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    /** Sets the mark (under the lock taken by {@link #lockSeat}); an unchanged entry writes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    AttendanceMark write(
            SeminarSession session, long accountId, MarkEntry entry, MarkSource source, long by, Instant at) {
        Optional<AttendanceMark> existing = find(session.getId(), accountId);
        MarkEntry before = existing.map(AttendanceMark::entry).orElse(null);
        if (Objects.equals(before, entry)) {
            return existing.get();
        }
        AttendanceMark mark = existing.orElseGet(() -> new AttendanceMark(session.getId(), accountId));
        mark.set(entry, source, by, at);
        if (existing.isEmpty()) {
            em.persist(mark);
        }
        em.persist(new AttendanceChange(session.getId(), accountId, by, at, source, before, entry));
        return mark;
    }
}
