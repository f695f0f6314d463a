package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A seminar's attendance as one entry per seated participant and session, for staff who may see
 * the seminar's country. Two queries for the marks and registrations, whatever the size.
 */
@ApplicationScoped
public class AttendanceEntries {

    /** One participant at one session; {@code mark} is null while nothing is recorded. */
    public record Entry(Account participant, SeminarSession session, AttendanceMark mark) {

        public BigDecimal creditedHours() {
            return mark == null ? BigDecimal.ZERO : mark.creditedHours(session.getHours());
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private Accounts accounts;

    public List<Entry> of(Caller caller, long seminarId) {
        Seminar seminar = seminars.get(caller, seminarId);
        List<SeminarSession> sessions = seminar.getSessions();
        List<Registration> seated = registrations.ofSeminar(caller, seminarId).stream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).toList();
        if (sessions.isEmpty() || seated.isEmpty()) {
            return List.of();
        }
        Map<String, AttendanceMark> marks = em.createNamedQuery("AttendanceMark.ofSessions", AttendanceMark.class)
                .setParameter("sessions", sessions.stream().map(SeminarSession::getId).toList()).getResultStream()
                .collect(Collectors.toMap(m -> m.getSessionId() + ":" + m.getAccountId(), Function.identity()));
        List<Entry> entries = new ArrayList<>();
        for (Registration registration : seated) {
            Account participant = accounts.get(registration.getAccountId());
            for (SeminarSession session : sessions) {
                entries.add(new Entry(participant, session, marks.get(session.getId() + ":" + participant.getId())));
            }
        }
        return entries;
    }
}
