package eu.restproject.academy.seminar;

/** Where an attendance mark came from: the participant's own check-in, the roll call or a paper sheet. */
public enum MarkSource {
    CHECK_IN,
    ROLL_CALL,
    SIGN_IN_SHEET;

    public String messageKey() {
        return "attendance.source." + name();
    }
}
