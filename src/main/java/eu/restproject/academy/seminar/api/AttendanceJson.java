package eu.restproject.academy.seminar.api;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.seminar.AttendanceEntries;
import eu.restproject.academy.seminar.AttendanceMark;
import java.math.BigDecimal;

/** One participant at one session: status, source and remark are null while nothing is recorded. */
public record AttendanceJson(long accountId, String name, String email, String profession, long sessionId, String status,
        BigDecimal hoursCredited, String source, String remark) {

    static AttendanceJson of(AttendanceEntries.Entry entry) {
        Account participant = entry.participant();
        AttendanceMark mark = entry.mark();
        return new AttendanceJson(participant.getId(), participant.getDisplayName(), participant.getEmail(),
                participant.getProfession() == null ? null : participant.getProfession().name(), entry.session().getId(),
                mark == null ? null : mark.getStatus().name(), entry.creditedHours(),
                mark == null ? null : mark.getSource().name(), mark == null ? null : mark.getRemark());
    }
}
