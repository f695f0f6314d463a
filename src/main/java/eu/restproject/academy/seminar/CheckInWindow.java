package eu.restproject.academy.seminar;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session takes check-ins, and what a check-in at a given moment records: open from
 * {@code opensMinutesBefore} before the start until {@code closesMinutesAfter} after the end;
 * present until {@code graceMinutes} after the start, late after that.
 */
public record CheckInWindow(
        Instant start, Instant end, int opensMinutesBefore, int closesMinutesAfter, int graceMinutes) {

    public static CheckInWindow of(SeminarSession session) {
        Seminar seminar = session.getSeminar();
        return new CheckInWindow(
                session.start().toInstant(),
                session.end().toInstant(),
                seminar.getOpensMinutesBefore(),
                seminar.getClosesMinutesAfter(),
                seminar.getGraceMinutes());
    }

    public Instant opens() {
        return start.minus(Duration.ofMinutes(opensMinutesBefore));
    }

    public Instant closes() {
        return end.plus(Duration.ofMinutes(closesMinutesAfter));
    }

    public boolean isOpen(Instant at) {
        return !at.isBefore(opens()) && at.isBefore(closes());
    }

    public boolean notYetOpen(Instant at) {
        return at.isBefore(opens());
    }

    /** The status of a check-in at {@code at}; only meaningful while the window is open. */
    public AttendanceStatus statusAt(Instant at) {
        return at.isAfter(start.plus(Duration.ofMinutes(graceMinutes)))
                ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
    }
}
