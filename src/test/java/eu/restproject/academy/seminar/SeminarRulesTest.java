package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeminarRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    private static SeminarDetails seminar(
            Map<Language, SeminarText> texts,
            LocalDate start,
            LocalDate end,
            int capacity,
            int rotation,
            List<SessionDetails> sessions) {
        return new SeminarDetails(
                texts, "Vienna", "LEFÖ", start, end, capacity, Set.of(), Set.of(), rotation, 15, 30, 0, sessions);
    }

    private static SessionDetails session(LocalDate day, String hours) {
        return new SessionDetails(null, day, LocalTime.of(9, 0), LocalTime.of(12, 0), "Room 1", new BigDecimal(hours));
    }

    private static final Map<Language, SeminarText> TITLED = Map.of(Language.EN, new SeminarText("Residence", ""));

    private static String refusal(SeminarDetails details) {
        return assertThrows(InvalidInputException.class, () -> SeminarRules.check(details))
                .messageKey();
    }

    @Test
    void aPlainSeminarPasses() {
        assertDoesNotThrow(() -> SeminarRules.check(seminar(
                TITLED, DAY, DAY.plusDays(1), 20, 20, List.of(session(DAY, "3"), session(DAY.plusDays(1), "2.5")))));
    }

    @Test
    void theEndMayNotPrecedeTheStart() {
        assertEquals(
                "seminar.error.endBeforeStart",
                refusal(seminar(TITLED, DAY, DAY.minusDays(1), 20, 20, List.of(session(DAY, "3")))));
        assertEquals(
                "seminar.error.sessionEndBeforeStart",
                refusal(seminar(
                        TITLED,
                        DAY,
                        DAY,
                        20,
                        20,
                        List.of(new SessionDetails(
                                null, DAY, LocalTime.of(12, 0), LocalTime.of(12, 0), "Room", BigDecimal.ONE)))));
        assertEquals(
                "seminar.error.sessionOutside",
                refusal(seminar(TITLED, DAY, DAY, 20, 20, List.of(session(DAY.plusDays(1), "3")))));
    }

    @Test
    void aTitleIsNeededInSomeLanguageAndInEveryLanguageGiven() {
        assertEquals("seminar.error.title", refusal(seminar(Map.of(), DAY, DAY, 20, 20, List.of(session(DAY, "3")))));
        assertEquals(
                "seminar.error.titleMissing",
                refusal(seminar(
                        Map.of(
                                Language.EN,
                                new SeminarText("Residence", ""),
                                Language.DE,
                                new SeminarText(" ", "Beschreibung")),
                        DAY,
                        DAY,
                        20,
                        20,
                        List.of(session(DAY, "3")))));
    }

    @Test
    void numbersStayWithinTheirBounds() {
        assertEquals("seminar.error.capacity", refusal(seminar(TITLED, DAY, DAY, 0, 20, List.of(session(DAY, "3")))));
        assertEquals(
                "seminar.error.range.rotationSeconds",
                refusal(seminar(TITLED, DAY, DAY, 20, 2, List.of(session(DAY, "3")))));
        assertEquals(
                "seminar.error.sessionHours", refusal(seminar(TITLED, DAY, DAY, 20, 20, List.of(session(DAY, "0")))));
        assertEquals(
                "seminar.error.sessionHours",
                refusal(seminar(TITLED, DAY, DAY, 20, 20, List.of(session(DAY, "1.255")))));
        assertEquals(
                "seminar.error.sessionHours",
                refusal(seminar(TITLED, DAY, DAY, 20, 20, List.of(session(DAY, "24.5")))));
        assertEquals("seminar.error.noSession", refusal(seminar(TITLED, DAY, DAY, 20, 20, List.of())));
    }
}
