package eu.restproject.academy.seminar;

/** A participant's attendance at one session. Present and late count as attended. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    EXCUSED,
    ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    public String messageKey() {
        return "attendance.status." + name();
    }
}
