package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The trainer's roll call of a session: the seated participants with their marks, setting a mark
 * (status, partial hours, reason of an excused absence, remark), the audit trail, and closing the
 * attendance. Trainers of the seminar change marks until a coordinator closes the session; after
 * that only the coordinator (or the admin) does, and may reopen it.
 */
@ApplicationScoped
public class RollCall {

    public static final int TEXT_LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Seminars seminars;

    @Inject
    private Accounts accounts;

    @Inject
    private Attendance attendance;

    @Inject
    private Event<SessionClosed> sessionClosed;

    private Clock clock = Clock.systemUTC();

    public SeminarSession session(Caller caller, long sessionId) {
        SeminarSession session = seminars.getSession(sessionId);
        SeminarAccess.requireRun(caller, session.getSeminar());
        return session;
    }

    /** Seated participants by name, each with the mark they have (null if none yet). */
    public List<RollCallLine> lines(Caller caller, long sessionId) {
        SeminarSession session = session(caller, sessionId);
        Map<Long, AttendanceMark> marks = em.createNamedQuery("AttendanceMark.ofSession", AttendanceMark.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .collect(Collectors.toMap(AttendanceMark::getAccountId, Function.identity()));
        return em.createNamedQuery("Registration.ofSeminar", Registration.class)
                .setParameter("seminar", session.getSeminar().getId())
                .getResultStream()
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .map(r -> new RollCallLine(accounts.get(r.getAccountId()), marks.get(r.getAccountId())))
                .sorted(Comparator.comparing(
                        l -> l.participant().getDisplayName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    @Transactional
    public AttendanceMark set(Caller caller, long sessionId, long accountId, MarkEntry entry) {
        return set(caller, sessionId, accountId, entry, MarkSource.ROLL_CALL);
    }

    /**
     * Records attendance from a scanned sign-in sheet code: present, unless the person already has a
     * mark that counts them as attending.
     */
    @Transactional
    public AttendanceMark markFromSheet(Caller caller, String token) {
        SheetTokens.Reference reference = SheetTokens.parse(token)
                .orElseThrow(() -> new InvalidInputException("token", "rollcall.error.sheetCode"));
        SeminarSession session = seminars.findSession(reference.sessionId())
                .orElseThrow(() -> new InvalidInputException("token", "rollcall.error.sheetCode"));
        if (!SheetTokens.genuine(session, reference)) {
            throw new InvalidInputException("token", "rollcall.error.sheetCode");
        }
        SeminarAccess.requireRun(caller, session.getSeminar());
        var existing = attendance.find(session.getId(), reference.accountId());
        if (existing.isPresent() && existing.get().getStatus().attended()) {
            return existing.get();
        }
        return set(
                caller,
                session.getId(),
                reference.accountId(),
                MarkEntry.of(AttendanceStatus.PRESENT),
                MarkSource.SIGN_IN_SHEET);
    }

    private AttendanceMark set(Caller caller, long sessionId, long accountId, MarkEntry entry, MarkSource source) {
        SeminarSession session = session(caller, sessionId);
        if (session.isClosed()
                && !SeminarAccess.mayManage(caller, session.getSeminar().getCountry())) {
            throw new AccessDeniedException("rollcall.error.closed");
        }
        MarkEntry checked = check(entry, session.getHours());
        if (attendance.lockSeat(session, accountId).isEmpty()) {
            throw new InvalidInputException("participant", "rollcall.error.notRegistered");
        }
        return attendance.write(session, accountId, checked, source, caller.accountId(), clock.instant());
    }

    /** Closes the session's attendance; from then on only coordinators change marks. */
    @Transactional
    public SeminarSession close(Caller caller, long sessionId) {
        SeminarSession session = seminars.getSession(sessionId);
        SeminarAccess.requireManage(caller, session.getSeminar().getCountry());
        if (!session.isClosed()) {
            session.close(caller.accountId(), clock.instant());
            sessionClosed.fire(new SessionClosed(session));
        }
        return session;
    }

    @Transactional
    public SeminarSession reopen(Caller caller, long sessionId) {
        SeminarSession session = seminars.getSession(sessionId);
        SeminarAccess.requireManage(caller, session.getSeminar().getCountry());
        session.reopen();
        return session;
    }

    /** Every change of the session's marks, newest first. */
    public List<AttendanceChange> history(Caller caller, long sessionId) {
        session(caller, sessionId);
        return em.createNamedQuery("AttendanceChange.ofSession", AttendanceChange.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    /** The entry as it will be stored: texts trimmed, hours within the session's, a reason for an excused absence. */
    static MarkEntry check(MarkEntry entry, BigDecimal sessionHours) {
        if (entry == null || entry.status() == null) {
            throw new InvalidInputException("status", "rollcall.error.status");
        }
        String reason = trimmed(entry.reason(), "reason");
        String remark = trimmed(entry.remark(), "remark");
        if (entry.status() == AttendanceStatus.EXCUSED && reason == null) {
            throw new InvalidInputException("reason", "rollcall.error.reason");
        }
        if (entry.status() != AttendanceStatus.EXCUSED) {
            reason = null;
        }
        BigDecimal hours = entry.hours();
        if (hours != null) {
            if (!entry.status().attended()) {
                throw new InvalidInputException("hours", "rollcall.error.hoursNotAttended");
            }
            if (hours.signum() < 0
                    || hours.compareTo(sessionHours) > 0
                    || hours.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("hours", "rollcall.error.hours", sessionHours.toPlainString());
            }
            hours = hours.setScale(2, RoundingMode.UNNECESSARY);
            if (hours.compareTo(sessionHours) == 0) {
                hours = null;
            }
        }
        return new MarkEntry(entry.status(), hours, reason, remark);
    }

    private static String trimmed(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_LIMIT) {
            throw new InvalidInputException(field, "rollcall.error.tooLong", TEXT_LIMIT);
        }
        return text.strip();
    }

    void useClock(Clock testClock) {
        clock = testClock;
    }
}
