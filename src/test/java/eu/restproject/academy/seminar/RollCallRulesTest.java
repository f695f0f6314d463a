package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.restproject.academy.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@link RollCall#check}: what a roll-call entry must be before it is stored, for a session of 4 hours. */
class RollCallRulesTest {

    private static final BigDecimal FOUR = new BigDecimal("4.00");

    private static InvalidInputException refused(MarkEntry entry) {
        return assertThrows(InvalidInputException.class, () -> RollCall.check(entry, FOUR));
    }

    @Test
    void anExcusedAbsenceNeedsAReasonOthersDropIt() {
        InvalidInputException noReason = refused(new MarkEntry(AttendanceStatus.EXCUSED, null, "  ", null));
        assertEquals("reason", noReason.field());
        assertEquals("rollcall.error.reason", noReason.messageKey());
        assertEquals(
                "Ill",
                RollCall.check(new MarkEntry(AttendanceStatus.EXCUSED, null, " Ill ", null), FOUR)
                        .reason());
        assertNull(RollCall.check(new MarkEntry(AttendanceStatus.ABSENT, null, "Ill", null), FOUR)
                .reason());
        assertEquals(
                "rollcall.error.status",
                refused(new MarkEntry(null, null, null, null)).messageKey());
        assertEquals(
                "rollcall.error.status",
                assertThrows(InvalidInputException.class, () -> RollCall.check(null, FOUR))
                        .messageKey());
    }

    @Test
    void hoursLieWithinTheSessionWithTwoDecimalsAtMost() {
        assertEquals(
                new BigDecimal("2.50"),
                RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("2.5"), null, null), FOUR)
                        .hours());
        assertEquals(
                new BigDecimal("0.00"),
                RollCall.check(new MarkEntry(AttendanceStatus.LATE, BigDecimal.ZERO, null, null), FOUR)
                        .hours());
        assertNull(
                RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("4"), null, null), FOUR)
                        .hours(),
                "the full session's hours are stored as 'full'");
        InvalidInputException tooMany =
                refused(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("4.01"), null, null));
        assertEquals("hours", tooMany.field());
        assertEquals("rollcall.error.hours", tooMany.messageKey());
        assertEquals(
                "rollcall.error.hours",
                refused(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("-0.5"), null, null))
                        .messageKey());
        assertEquals(
                "rollcall.error.hours",
                refused(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("1.255"), null, null))
                        .messageKey());
        assertEquals(
                new BigDecimal("1.25"),
                RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("1.2500"), null, null), FOUR)
                        .hours());
    }

    @Test
    void hoursOnlyForSomeoneWhoAttended() {
        assertEquals(
                "rollcall.error.hoursNotAttended",
                refused(new MarkEntry(AttendanceStatus.ABSENT, new BigDecimal("1"), null, null))
                        .messageKey());
        assertEquals(
                "rollcall.error.hoursNotAttended",
                refused(new MarkEntry(AttendanceStatus.EXCUSED, new BigDecimal("1"), "Ill", null))
                        .messageKey());
    }

    @Test
    void textsAreTrimmedAndLimited() {
        MarkEntry checked =
                RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, null, null, "  left at the break \n"), FOUR);
        assertEquals("left at the break", checked.remark());
        assertNull(RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, null, null, "   "), FOUR)
                .remark());
        String limit = "x".repeat(RollCall.TEXT_LIMIT);
        assertEquals(
                limit,
                RollCall.check(new MarkEntry(AttendanceStatus.PRESENT, null, null, "  " + limit + "  "), FOUR)
                        .remark());
        InvalidInputException tooLong = refused(new MarkEntry(AttendanceStatus.PRESENT, null, null, limit + "y"));
        assertEquals("remark", tooLong.field());
        assertEquals("rollcall.error.tooLong", tooLong.messageKey());
        assertEquals(
                "reason",
                refused(new MarkEntry(AttendanceStatus.EXCUSED, null, limit + "y", null))
                        .field());
    }
}
