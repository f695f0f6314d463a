package eu.restproject.academy.seminar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One participant's attendance at one session; unique per participant and session, so a second
 * scan can never make a second mark. {@code hours} is null when the session's full hours count.
 * Changed only through {@link Attendance}, which writes an {@link AttendanceChange} each time.
 */
@Entity
@Table(name = "attendance_mark")
@NamedQuery(
        name = "AttendanceMark.of",
        query = "select m from AttendanceMark m where m.sessionId = :session and m.accountId = :account")
@NamedQuery(name = "AttendanceMark.ofSession", query = "select m from AttendanceMark m where m.sessionId = :session")
@NamedQuery(name = "AttendanceMark.ofSessions", query = "select m from AttendanceMark m where m.sessionId in :sessions")
@NamedQuery(
        name = "AttendanceMark.attendedCount",
        query =
                "select count(m) from AttendanceMark m where m.sessionId = :session "
                        + "and m.status in (eu.restproject.academy.seminar.AttendanceStatus.PRESENT, eu.restproject.academy.seminar.AttendanceStatus.LATE)")
public class AttendanceMark {

    @Id
    @SequenceGenerator(name = "attendance_mark_seq", sequenceName = "attendance_mark_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_mark_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(length = 500)
    private String reason;

    @Column(length = 500)
    private String remark;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MarkSource source;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    protected AttendanceMark() {}

    AttendanceMark(long sessionId, long accountId) {
        this.sessionId = sessionId;
        this.accountId = accountId;
    }

    void set(MarkEntry entry, MarkSource newSource, long by, Instant at) {
        status = entry.status();
        hours = entry.hours();
        reason = entry.reason();
        remark = entry.remark();
        source = newSource;
        markedBy = by;
        markedAt = at;
    }

    /** The hours this mark credits: none unless attended, else the partial hours or the session's. */
    public BigDecimal creditedHours(BigDecimal sessionHours) {
        if (!status.attended()) {
            return BigDecimal.ZERO;
        }
        return hours != null ? hours : sessionHours;
    }

    public MarkEntry entry() {
        return new MarkEntry(status, hours, reason, remark);
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getReason() {
        return reason;
    }

    public String getRemark() {
        return remark;
    }

    public MarkSource getSource() {
        return source;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public long getMarkedBy() {
        return markedBy;
    }
}
