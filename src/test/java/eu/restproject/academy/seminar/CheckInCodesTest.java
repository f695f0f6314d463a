package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rotation of the check-in codes: 20-second periods starting at 1,000,000,000 s (a multiple of 20). */
class CheckInCodesTest {

    private static final Instant PERIOD_START = Instant.ofEpochSecond(1_000_000_000L);
    private final CheckInCodes codes = new CheckInCodes("session-secret", 42, 20);

    @Test
    void aCodeHoldsForItsPeriodAndChangesAtTheBoundary() {
        String code = codes.codeAt(PERIOD_START);
        assertEquals(CheckInCodes.LENGTH, code.length());
        assertTrue(code.chars().allMatch(c -> CheckInCodes.ALPHABET.indexOf(c) >= 0), code);
        assertEquals(code, codes.codeAt(PERIOD_START.plusSeconds(19)));
        assertEquals(code, codes.codeAt(PERIOD_START.plusMillis(19_999)));
        assertNotEquals(code, codes.codeAt(PERIOD_START.plusSeconds(20)));
        assertEquals(PERIOD_START.plusSeconds(20), codes.nextChange(PERIOD_START.plusSeconds(7)));
    }

    @Test
    void theCodeOfThePreviousPeriodIsAcceptedOneOlderIsNot() {
        String code = codes.codeAt(PERIOD_START);
        assertTrue(codes.accepts(code, PERIOD_START.plusSeconds(5)));
        assertTrue(codes.accepts(code, PERIOD_START.plusSeconds(39)), "shown just before the change, sent just after");
        assertFalse(codes.accepts(code, PERIOD_START.plusSeconds(40)), "two periods old: a screenshot is worthless");
        assertFalse(
                codes.accepts(codes.codeAt(PERIOD_START.plusSeconds(20)), PERIOD_START),
                "a future code is not accepted");
    }

    @Test
    void forgedOrOtherSessionsCodesAreRefused() {
        String code = codes.codeAt(PERIOD_START);
        assertFalse(codes.accepts(new CheckInCodes("session-secret", 43, 20).codeAt(PERIOD_START), PERIOD_START));
        assertFalse(codes.accepts(new CheckInCodes("another-secret", 42, 20).codeAt(PERIOD_START), PERIOD_START));
        assertFalse(codes.accepts("000000", PERIOD_START), "0 is not in the alphabet, so never a code");
        assertFalse(codes.accepts(code + "X", PERIOD_START));
        assertFalse(codes.accepts("", PERIOD_START));
        assertFalse(codes.accepts(null, PERIOD_START));
    }

    @Test
    void caseSpacesAndDashesDoNotMatter() {
        String code = codes.codeAt(PERIOD_START);
        String typed = " " + code.substring(0, 3).toLowerCase() + " - "
                + code.substring(3).toLowerCase() + "\t";
        assertTrue(codes.accepts(typed, PERIOD_START));
    }
}
