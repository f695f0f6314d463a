package eu.restproject.academy.certificate;

import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.AttendanceMarks;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.SessionClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issues the certificates of a seminar once its attendance is final: when a coordinator closes the
 * last open session, everyone credited hours there who has no certificate yet gets one, and a letter
 * saying so ({@link CertificateNotice}). Participants should not have to think of asking for the
 * proof their employer wants; those who downloaded theirs during the seminar already have it and get
 * no letter. Reopening and closing again issues only the certificates still missing (a mark corrected
 * from absent to present), so nobody is written to twice about one certificate.
 *
 * <p>Runs in the closing transaction, under the seminar's row lock that a first download takes too
 * ({@link Certificates#issue}), so a certificate is created once.
 */
@ApplicationScoped
public class AttendeeCertificates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Certificates certificates;

    @Inject
    private AttendanceMarks attendanceMarks;

    @Inject
    private Accounts accounts;

    void onSessionClosed(@Observes SessionClosed closed) {
        Seminar seminar = closed.session().getSeminar();
        if (seminar.isCancelled()) {
            return;
        }
        // Write this closing, then take the seminar's row lock and read its sessions again: of two
        // coordinators closing the last two sessions at once, the second to get the lock sees both
        // closed and issues; with the sessions as this transaction first saw them, neither would.
        em.flush();
        em.refresh(seminar, LockModeType.PESSIMISTIC_WRITE);
        if (!seminar.getSessions().stream().allMatch(SeminarSession::isClosed)) {
            return;
        }
        creditedHours(seminar).forEach((accountId, hours) -> {
            if (hours.signum() > 0
                    && certificates.find(seminar.getId(), accountId).isEmpty()) {
                // An account erased since its marks were taken gets nothing, and stops no one else's.
                accounts.find(accountId)
                        .ifPresent(participant -> certificates.create(seminar, participant, hours, true));
            }
        });
    }

    /** Hours credited per participant across the seminar's sessions, by account id (in a stable order). */
    private Map<Long, BigDecimal> creditedHours(Seminar seminar) {
        Map<Long, SeminarSession> sessions =
                seminar.getSessions().stream().collect(Collectors.toMap(SeminarSession::getId, Function.identity()));
        Map<Long, BigDecimal> hours = new TreeMap<>();
        for (AttendanceMark mark : attendanceMarks.ofSessions(sessions.keySet())) {
            hours.merge(
                    mark.getAccountId(),
                    mark.creditedHours(sessions.get(mark.getSessionId()).getHours()),
                    BigDecimal::add);
        }
        return hours;
    }
}
