package eu.restproject.academy.seminar;

/**
 * The outcome of a check-in: the mark it made, or the one already there when the person had
 * checked in (or been marked) before. {@code repeated} tells the two apart.
 */
public record CheckIn(long sessionId, long seminarId, AttendanceStatus status, boolean repeated) {}
