package eu.restproject.academy.seminar.web;

import eu.restproject.academy.seminar.AttendanceMark;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkSource;
import java.io.Serializable;

/**
 * One participant's line on the roll-call page: the mark as stored ({@code current*}) and the
 * values being edited, with the refusal of the last save next to its field.
 */
public class RollCallRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String name;
    private AttendanceStatus currentStatus;
    private MarkSource currentSource;
    private AttendanceStatus status;
    private String hours;
    private String reason;
    private String remark;
    private String error;
    private String errorField;
    private boolean saved;

    RollCallRow(long accountId, String name) {
        this.accountId = accountId;
        this.name = name;
    }

    /** Takes over the stored mark (or none), dropping edits and messages. */
    void show(AttendanceMark mark) {
        currentStatus = mark == null ? null : mark.getStatus();
        currentSource = mark == null ? null : mark.getSource();
        status = currentStatus;
        hours = mark == null || mark.getHours() == null
                ? null
                : mark.getHours().stripTrailingZeros().toPlainString();
        reason = mark == null ? null : mark.getReason();
        remark = mark == null ? null : mark.getRemark();
        error = null;
        errorField = null;
    }

    void refuse(String field, String message) {
        errorField = field;
        error = message;
        saved = false;
    }

    public boolean invalid(String field) {
        return error != null && (field.equals(errorField) || ("status".equals(field) && !isFieldError()));
    }

    private boolean isFieldError() {
        return "hours".equals(errorField) || "reason".equals(errorField) || "remark".equals(errorField);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public AttendanceStatus getCurrentStatus() {
        return currentStatus;
    }

    public MarkSource getCurrentSource() {
        return currentSource;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = status;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public String getError() {
        return error;
    }

    public boolean isSaved() {
        return saved;
    }

    void setSaved(boolean saved) {
        this.saved = saved;
    }
}
