package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.restproject.academy.platform.i18n.ConstraintMessages;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of a seminar's details, one by one, as the server's Bean Validation applies them: each
 * rule's key, where it is reported and what its message says. In the container because the build
 * has no Bean Validation provider of its own to run them in a plain unit test.
 */
@ExtendWith(ArquillianExtension.class)
class SeminarDetailsIT {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @Inject
    private Validator validator;

    /** A seminar that passes, changed by each test in one way. */
    private static final class Draft {
        Map<Language, SeminarText> texts = new EnumMap<>(Map.of(Language.EN, new SeminarText("Residence", "")));
        String city = "Vienna";
        String venue = "LEFÖ";
        LocalDate startsOn = DAY;
        LocalDate endsOn = DAY.plusDays(1);
        int capacity = 20;
        int rotation = 20;
        int grace = 15;
        int opens = 30;
        int closes = 0;
        List<SessionDetails> sessions = new ArrayList<>(List.of(session(DAY, "3"), session(DAY.plusDays(1), "2.5")));

        SeminarDetails details() {
            return new SeminarDetails(
                    texts, city, venue, startsOn, endsOn, capacity, Set.of(), Set.of(), rotation, grace, opens, closes,
                    sessions);
        }
    }

    private static SessionDetails session(LocalDate day, String hours) {
        return new SessionDetails(
                null,
                day,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Room 1",
                hours == null ? null : new BigDecimal(hours));
    }

    private List<ConstraintViolation<SeminarDetails>> violations(Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        return validator.validate(draft.details()).stream()
                .sorted((a, b) -> a.getPropertyPath()
                        .toString()
                        .compareTo(b.getPropertyPath().toString()))
                .toList();
    }

    /** "field key" for each problem, e.g. "sessions[1] {seminar.error.sessionRoom}". */
    private List<String> problems(Consumer<Draft> change) {
        return violations(change).stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate())
                .toList();
    }

    private String english(Consumer<Draft> change) {
        return ConstraintMessages.format(Locale.ENGLISH, violations(change).get(0))
                .orElseThrow();
    }

    @Test
    void aPlainSeminarPasses() {
        assertEquals(List.of(), problems(d -> {}));
    }

    @Test
    void aTitleIsNeededInSomeLanguageAndInEveryLanguageGiven() {
        assertEquals(List.of("texts {seminar.error.title}"), problems(d -> d.texts.clear()));
        Consumer<Draft> germanWithoutTitle = d -> d.texts.put(Language.DE, new SeminarText(" ", "Beschreibung"));
        assertEquals(List.of("texts[DE] {seminar.error.titleMissing}"), problems(germanWithoutTitle));
        assertEquals(
                "The text in Deutsch has no title: add one or leave the description empty too.",
                english(germanWithoutTitle));
        assertEquals(
                List.of("texts[EN].title {seminar.error.tooLong}"),
                problems(d -> d.texts.put(Language.EN, new SeminarText("x".repeat(201), ""))));
        assertEquals(
                "At most 200 characters, please.",
                english(d -> d.texts.put(Language.EN, new SeminarText("x".repeat(201), ""))));
    }

    @Test
    void placeAndDatesAreRequired() {
        assertEquals(List.of("city {seminar.error.required.city}"), problems(d -> d.city = " "));
        assertEquals(List.of("city {seminar.error.tooLong}"), problems(d -> d.city = "x".repeat(101)));
        assertEquals(List.of("venue {seminar.error.required.venue}"), problems(d -> d.venue = null));
        assertEquals(List.of("venue {seminar.error.tooLong}"), problems(d -> d.venue = "x".repeat(201)));
        assertEquals(List.of("startsOn {seminar.error.dates}"), problems(d -> d.startsOn = null));
        assertEquals(List.of("endsOn {seminar.error.dates}"), problems(d -> d.endsOn = null));
    }

    @Test
    void theEndMayNotPrecedeTheStart() {
        assertEquals(List.of("endsOn {seminar.error.endBeforeStart}"), problems(d -> d.endsOn = DAY.minusDays(1)));
        assertEquals(
                List.of("sessions[0] {seminar.error.sessionEndBeforeStart}"),
                problems(d -> d.sessions.set(
                        0, new SessionDetails(null, DAY, LocalTime.NOON, LocalTime.NOON, "Room", BigDecimal.ONE))));
        assertEquals(
                List.of("sessions[1] {seminar.error.sessionOutside}"),
                problems(d -> d.sessions.set(1, session(DAY.plusDays(2), "3"))));
    }

    @Test
    void numbersStayWithinTheirBounds() {
        assertEquals(List.of("capacity {seminar.error.capacity}"), problems(d -> d.capacity = 0));
        assertEquals(List.of("capacity {seminar.error.capacity}"), problems(d -> d.capacity = 10_001));
        assertEquals("The capacity must be between 1 and 10,000.", english(d -> d.capacity = 0));
        assertEquals(List.of("rotationSeconds {seminar.error.range.rotationSeconds}"), problems(d -> d.rotation = 4));
        assertEquals("The code must change every 5 to 300 seconds.", english(d -> d.rotation = 301));
        assertEquals(List.of("graceMinutes {seminar.error.range.graceMinutes}"), problems(d -> d.grace = 241));
        assertEquals(
                List.of("opensMinutesBefore {seminar.error.range.opensMinutesBefore}"), problems(d -> d.opens = -1));
        assertEquals(
                List.of("closesMinutesAfter {seminar.error.range.closesMinutesAfter}"), problems(d -> d.closes = 241));
    }

    @Test
    void everySessionIsCompleteAndNamedByItsNumber() {
        assertEquals(List.of("sessions {seminar.error.noSession}"), problems(d -> d.sessions.clear()));
        for (String hours : new String[] {null, "0", "1.255", "24.5"}) {
            assertEquals(
                    List.of("sessions[1].hours {seminar.error.sessionHours}"),
                    problems(d -> d.sessions.set(1, session(DAY, hours))),
                    hours);
        }
        Consumer<Draft> noRoom = d -> d.sessions.set(
                1, new SessionDetails(null, DAY, LocalTime.of(9, 0), LocalTime.NOON, "", BigDecimal.ONE));
        assertEquals(List.of("sessions[1].room {seminar.error.sessionRoom}"), problems(noRoom));
        assertEquals("Session 2: please enter the room (at most 100 characters).", english(noRoom));
        assertEquals(
                List.of("sessions[0] {seminar.error.sessionTime}"),
                problems(d -> d.sessions.set(0, new SessionDetails(null, DAY, null, null, "Room", BigDecimal.ONE))));
        assertEquals(
                List.of("sessions[1] {seminar.error.sessionTwice}"),
                problems(d -> d.sessions = List.of(
                        new SessionDetails(7L, DAY, LocalTime.of(9, 0), LocalTime.NOON, "A", BigDecimal.ONE),
                        new SessionDetails(7L, DAY, LocalTime.of(13, 0), LocalTime.of(15, 0), "A", BigDecimal.ONE))));
    }

    @Test
    void aSeminarBreakingThreeRulesGetsThreeProblems() {
        assertEquals(
                List.of(
                        "capacity {seminar.error.capacity}",
                        "city {seminar.error.required.city}",
                        "sessions[1].room {seminar.error.sessionRoom}"),
                problems(d -> {
                    d.city = "";
                    d.capacity = 0;
                    d.sessions.set(
                            1,
                            new SessionDetails(
                                    null, DAY.plusDays(1), LocalTime.of(9, 0), LocalTime.NOON, " ", BigDecimal.ONE));
                }));
    }
}
