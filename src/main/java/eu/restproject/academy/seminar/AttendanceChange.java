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
import java.math.BigDecimal;
import java.time.Instant;

/** One change of an attendance mark, with the values before and after; never changed or removed. */
@Entity
@Table(name = "attendance_change")
@NamedQuery(
        name = "AttendanceChange.ofSession",
        query = "select c from AttendanceChange c where c.sessionId = :session "
                + "order by c.changedAt desc, c.id desc")
public class AttendanceChange {

    @Id
    @SequenceGenerator(name = "attendance_change_seq", sequenceName = "attendance_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_change_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MarkSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_status", length = 16)
    private AttendanceStatus beforeStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_status", nullable = false, length = 16)
    private AttendanceStatus afterStatus;

    @Column(name = "before_hours", precision = 5, scale = 2)
    private BigDecimal beforeHours;

    @Column(name = "after_hours", precision = 5, scale = 2)
    private BigDecimal afterHours;

    @Column(name = "before_reason", length = 500)
    private String beforeReason;

    @Column(name = "after_reason", length = 500)
    private String afterReason;

    @Column(name = "before_remark", length = 500)
    private String beforeRemark;

    @Column(name = "after_remark", length = 500)
    private String afterRemark;

    protected AttendanceChange() {}

    AttendanceChange(
            long sessionId,
            long accountId,
            long changedBy,
            Instant changedAt,
            MarkSource source,
            MarkEntry before,
            MarkEntry after) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.source = source;
        if (before != null) {
            beforeStatus = before.status();
            beforeHours = before.hours();
            beforeReason = before.reason();
            beforeRemark = before.remark();
        }
        afterStatus = after.status();
        afterHours = after.hours();
        afterReason = after.reason();
        afterRemark = after.remark();
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

    public long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public MarkSource getSource() {
        return source;
    }

    /** Null for the first mark. */
    public MarkEntry before() {
        return beforeStatus == null ? null : new MarkEntry(beforeStatus, beforeHours, beforeReason, beforeRemark);
    }

    public MarkEntry after() {
        return new MarkEntry(afterStatus, afterHours, afterReason, afterRemark);
    }
}
