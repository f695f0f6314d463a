package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a participant's own seminars page reads beyond the registrations: where they stand in a
 * waiting list and which seminars they attended (for the certificate link). Only the caller's own
 * data; nothing here changes anything.
 */
@ApplicationScoped
public class MySeminars {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AttendanceMarks attendanceMarks;

    /** 1 for the first person waiting; 0 when the caller is not waiting for this seminar. */
    public int waitingPosition(Caller caller, long seminarId) {
        List<Long> queue = em.createNamedQuery("Registration.firstWaiting", Registration.class)
                .setParameter("seminar", seminarId)
                .getResultStream()
                .map(Registration::getAccountId)
                .toList();
        return queue.indexOf(caller.accountId()) + 1;
    }

    /** The seminars (among those given) with a present or late mark of the caller in at least one session. */
    public Set<Long> attended(Caller caller, List<Seminar> seminars) {
        List<Long> sessionIds = seminars.stream()
                .flatMap(s -> s.getSessions().stream())
                .map(SeminarSession::getId)
                .toList();
        Set<Long> attendedSessions = attendanceMarks.ofPerson(sessionIds, caller.accountId()).stream()
                .filter(m -> m.getStatus().attended())
                .map(AttendanceMark::getSessionId)
                .collect(Collectors.toSet());
        return seminars.stream()
                .filter(s -> s.getSessions().stream().anyMatch(session -> attendedSessions.contains(session.getId())))
                .map(Seminar::getId)
                .collect(Collectors.toSet());
    }
}
