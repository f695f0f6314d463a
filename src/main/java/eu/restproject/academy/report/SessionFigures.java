package eu.restproject.academy.report;

import java.time.LocalDate;
import java.time.LocalTime;

/** The figures of one session of a seminar. */
public record SessionFigures(
        long sessionId,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String room,
        AttendanceFigures figures) {}
