package eu.restproject.academy.certificate;

import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.AttendanceMarks;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarSession;
import eu.restproject.academy.seminar.Seminars;
import eu.restproject.academy.seminar.SessionClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * <p>Runs in the closing transaction, under the seminar's row lock that a first download takes too.
 */
@ApplicationScoped
public class AttendeeCertificates {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Certificates certificates;

    @Inject
    private Seminars seminars;

    @Inject
    private AttendanceMarks attendanceMarks;

    @Inject
    private Accounts accounts;

    void onSessionClosed(@Observes SessionClosed closed) {
        Seminar seminar = closed.session().getSeminar();
        if (seminar.isCancelled() || !seminar.getSessions().stream().allMatch(SeminarSession::isClosed)) {
            return;
        }
        // The lock refreshes the seminar and its sessions from the database: the closing must be written
        // there first, or the refresh would undo it.
        em.flush();
        seminars.lock(seminar);
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
