package eu.restproject.academy.report;

import eu.restproject.academy.people.Profession;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One participant at one session, as every export and the attendance API give it. {@code status}
 * and {@code source} are null when no mark was recorded (counted as not attended), {@code profession}
 * when the person gave none.
 */
public record AttendanceRow(
        long seminarId,
        String seminarTitle,
        long sessionId,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String city,
        String venue,
        String room,
        long accountId,
        String name,
        String email,
        Profession profession,
        BigDecimal creditedHours,
        AttendanceStatus status,
        MarkSource source,
        String remark) {

    public boolean attended() {
        return status != null && status.attended();
    }
}
