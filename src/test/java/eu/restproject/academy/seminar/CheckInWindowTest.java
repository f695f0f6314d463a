package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A session 09:00–13:00 (as instants), opening 30 minutes before, 15 minutes' grace, closing 10 minutes after the end. */
class CheckInWindowTest {

    private static final Instant START = Instant.parse("2026-05-04T07:00:00Z");
    private static final Instant END = Instant.parse("2026-05-04T11:00:00Z");
    private final CheckInWindow window = new CheckInWindow(START, END, 30, 10, 15);

    @Test
    void notYetOpenBeforeTheOpeningTime() {
        Instant before = START.minusSeconds(30 * 60 + 1);
        assertTrue(window.notYetOpen(before));
        assertFalse(window.isOpen(before));
        assertTrue(window.isOpen(START.minusSeconds(30 * 60)), "open from the opening minute on");
        assertFalse(window.notYetOpen(START.minusSeconds(30 * 60)));
    }

    @Test
    void presentUntilTheEndOfTheGraceTimeThenLate() {
        assertEquals(AttendanceStatus.PRESENT, window.statusAt(START.minusSeconds(600)));
        assertEquals(
                AttendanceStatus.PRESENT,
                window.statusAt(START.plusSeconds(15 * 60)),
                "exactly at the end of the grace time");
        assertEquals(AttendanceStatus.LATE, window.statusAt(START.plusSeconds(15 * 60 + 1)));
        assertEquals(AttendanceStatus.LATE, window.statusAt(END));
    }

    @Test
    void closedAfterTheEndPlusTheClosingMinutes() {
        assertTrue(window.isOpen(END.plusSeconds(10 * 60 - 1)));
        assertFalse(window.isOpen(END.plusSeconds(10 * 60)));
        assertFalse(window.notYetOpen(END.plusSeconds(10 * 60)), "closed, not 'not yet open'");
        CheckInWindow closingAtTheEnd = new CheckInWindow(START, END, 0, 0, 0);
        assertFalse(closingAtTheEnd.isOpen(END));
        assertTrue(closingAtTheEnd.isOpen(START));
    }
}
