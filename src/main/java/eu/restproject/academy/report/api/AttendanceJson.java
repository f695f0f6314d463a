package eu.restproject.academy.report.api;

import eu.restproject.academy.report.AttendanceRow;
import java.math.BigDecimal;

/** One participant at one session: status, source and remark are null while nothing is recorded. */
public record AttendanceJson(
        long accountId,
        String name,
        String email,
        String profession,
        long sessionId,
        String status,
        BigDecimal hoursCredited,
        String source,
        String remark) {

    static AttendanceJson of(AttendanceRow row) {
        return new AttendanceJson(
                row.accountId(),
                row.name(),
                row.email(),
                row.profession() == null ? null : row.profession().name(),
                row.sessionId(),
                row.status() == null ? null : row.status().name(),
                row.creditedHours(),
                row.source() == null ? null : row.source().name(),
                row.remark());
    }
}
