package eu.restproject.academy.seminar;

import java.math.BigDecimal;

/**
 * The values of an attendance mark: status, partial hours (null for the session's full hours), the
 * reason of an excused absence and a free remark.
 */
public record MarkEntry(AttendanceStatus status, BigDecimal hours, String reason, String remark) {

    public static MarkEntry of(AttendanceStatus status) {
        return new MarkEntry(status, null, null, null);
    }
}
