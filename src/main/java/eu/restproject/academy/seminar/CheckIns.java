package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.UnfitInputException;
import eu.restproject.academy.platform.security.Throttle;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Participants' own check-in with the rotating code of a session. A check-in is accepted only from
 * someone holding a seat, only while the session's window is open and its attendance not closed,
 * and only with the code of the current or the previous period. It is idempotent: a second scan
 * returns the first mark and changes nothing, and a mark the trainer set stays as it is.
 *
 * <p>Wrong codes are counted per person: after {@code academy.checkin.max-failures} of them within
 * ten minutes, that person's check-ins are refused for {@code academy.checkin.lock-minutes}, the
 * right code included, so that nobody can try codes until one fits. Right scans never count.
 *
 * <p>Per check-in: two primary-key reads, one locked registration row, one mark lookup and at most
 * two inserts; nothing that grows with the number of people scanning at once.
 */
@ApplicationScoped
public class CheckIns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Seminars seminars;

    @Inject
    private Attendance attendance;

    @Inject
    private Registrations registrations;

    @Inject
    @ConfigProperty(name = "academy.checkin.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "academy.checkin.lock-minutes", defaultValue = "5")
    int lockMinutes;

    private Throttle wrongCodes;

    private Clock clock = Clock.systemUTC();

    @PostConstruct
    void init() {
        wrongCodes = new Throttle(maxFailures, Duration.ofMinutes(10), Duration.ofMinutes(lockMinutes));
    }

    @Transactional
    public CheckIn checkIn(Caller caller, long sessionId, String code) {
        refuseWhileLocked(caller);
        SeminarSession session = seminars.getSession(sessionId);
        Instant now = clock.instant();
        Seminar seminar = session.getSeminar();
        if (seminar.isCancelled()) {
            throw new ConflictException("seminar", "seminar.error.cancelled");
        }
        Optional<Registration> seat = attendance.lockSeat(session, caller.accountId());
        if (seat.isEmpty()) {
            throw new AccessDeniedException("checkin.error.notRegistered");
        }
        Optional<AttendanceMark> existing = attendance.find(sessionId, caller.accountId());
        if (existing.isPresent() && accepted(session, code, now)) {
            return new CheckIn(sessionId, seminar.getId(), existing.get().getStatus(), true);
        }
        CheckInWindow window = CheckInWindow.of(session);
        if (window.notYetOpen(now)) {
            throw new ConflictException("code", "checkin.error.notYetOpen");
        }
        if (!window.isOpen(now) || session.isClosed()) {
            throw new ConflictException("code", "checkin.error.closed");
        }
        if (!accepted(session, code, now)) {
            throw wrongCode(caller);
        }
        AttendanceStatus status = window.statusAt(now);
        attendance.write(
                session, caller.accountId(), MarkEntry.of(status), MarkSource.CHECK_IN, caller.accountId(), now);
        return new CheckIn(sessionId, seminar.getId(), status, false);
    }

    /**
     * Check-in with a typed code alone: tried against the sessions of the participant's seminars that
     * take check-ins now (rarely more than one).
     */
    @Transactional
    public CheckIn checkIn(Caller caller, String code) {
        refuseWhileLocked(caller);
        Instant now = clock.instant();
        List<SeminarSession> open = openSessionsOf(caller, now);
        if (open.isEmpty()) {
            throw new ConflictException("code", "checkin.error.noneOpen");
        }
        return open.stream()
                .filter(s -> accepted(s, code, now))
                .findFirst()
                .map(s -> checkIn(caller, s.getId(), code))
                .orElseThrow(() -> wrongCode(caller));
    }

    private void refuseWhileLocked(Caller caller) {
        wrongCodes.requireOpen(String.valueOf(caller.accountId()), "checkin.error.throttled");
    }

    private UnfitInputException wrongCode(Caller caller) {
        wrongCodes.record(String.valueOf(caller.accountId()));
        return new UnfitInputException("code", "checkin.error.code");
    }

    /** The trainer's screen: refused to anyone who may not run the session. */
    public CheckInScreen screen(Caller caller, long sessionId) {
        SeminarSession session = seminars.getSession(sessionId);
        SeminarAccess.requireRun(caller, session.getSeminar());
        Instant now = clock.instant();
        CheckInCodes codes = codes(session);
        CheckInWindow window = CheckInWindow.of(session);
        boolean open = window.isOpen(now)
                && !session.isClosed()
                && !session.getSeminar().isCancelled();
        long registered = registrations.seatsTaken(session.getSeminar().getId());
        return new CheckInScreen(
                sessionId,
                codes.codeAt(now),
                codes.nextChange(now),
                open,
                window.notYetOpen(now),
                !open && !window.notYetOpen(now),
                checkedIn(sessionId),
                registered);
    }

    public long checkedIn(long sessionId) {
        return em.createNamedQuery("AttendanceMark.attendedCount", Long.class)
                .setParameter("session", sessionId)
                .getSingleResult();
    }

    /** The sessions of the caller's seminars whose check-in window is open at {@code now}. */
    public List<SeminarSession> openSessionsOf(Caller caller, Instant now) {
        return em.createNamedQuery("Registration.ofAccount", Registration.class)
                .setParameter("account", caller.accountId())
                .getResultStream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .map(r -> em.find(Seminar.class, r.getSeminarId()))
                .filter(s -> !s.isCancelled())
                .flatMap(s -> s.getSessions().stream())
                .filter(s -> !s.isClosed() && CheckInWindow.of(s).isOpen(now))
                .toList();
    }

    public List<SeminarSession> openSessionsOf(Caller caller) {
        return openSessionsOf(caller, clock.instant());
    }

    private boolean accepted(SeminarSession session, String code, Instant now) {
        return codes(session).accepts(code, now);
    }

    private static CheckInCodes codes(SeminarSession session) {
        return new CheckInCodes(
                session.tokenSecret(), session.getId(), session.getSeminar().getRotationSeconds());
    }

    void useClock(Clock testClock) {
        clock = testClock;
        wrongCodes.useClock(testClock);
    }
}
