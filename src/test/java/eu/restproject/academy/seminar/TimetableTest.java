package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.restproject.academy.people.Country;
import eu.restproject.academy.platform.i18n.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which edits are a new timetable (calendars and travellers must know) and which are not. */
class TimetableTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    @Test
    void textsCapacityAndHoursAreNoNewTimetable() {
        assertEquals(before(), after(d -> edited(d, "Another title", d.city(), d.venue(), 99, d.sessions())));
        assertEquals(
                before(),
                after(d -> edited(
                        d,
                        "Title",
                        d.city(),
                        d.venue(),
                        d.capacity(),
                        d.sessions().stream()
                                .map(s -> new SessionDetails(
                                        s.id(), s.heldOn(), s.startsAt(), s.endsAt(), s.room(), new BigDecimal("1.00")))
                                .toList())));
    }

    @Test
    void placeTimesRoomsAndSessionsAre() {
        assertNotEquals(before(), after(d -> edited(d, "Title", "Graz", d.venue(), d.capacity(), d.sessions())));
        assertNotEquals(before(), after(d -> edited(d, "Title", d.city(), "Town hall", d.capacity(), d.sessions())));
        SessionDetails first = sessionsOf(seminar()).get(0);
        assertNotEquals(
                before(),
                after(d ->
                        edited(d, "Title", d.city(), d.venue(), d.capacity(), List.of(at(first, 10, first.room())))));
        assertNotEquals(
                before(),
                after(d -> edited(d, "Title", d.city(), d.venue(), d.capacity(), List.of(at(first, 9, "Room 7")))));
        assertNotEquals(
                before(),
                after(d -> edited(
                        d,
                        "Title",
                        d.city(),
                        d.venue(),
                        d.capacity(),
                        List.of(
                                first,
                                new SessionDetails(
                                        null, DAY, LocalTime.of(14, 0), LocalTime.of(16, 0), "A", BigDecimal.ONE)))));
    }

    private static Seminar seminar() {
        return SeminarFixtures.seminar(7, Country.AT, "Wien", Map.of(Language.EN, new SeminarText("Title", "")), DAY);
    }

    private static List<SessionDetails> sessionsOf(Seminar seminar) {
        return seminar.getSessions().stream()
                .map(s -> new SessionDetails(
                        s.getId(), s.getHeldOn(), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getHours()))
                .toList();
    }

    private static Timetable before() {
        return Timetable.of(seminar());
    }

    /** The timetable after applying an edit as {@code Seminars.update} does: details, then sessions by id. */
    private static Timetable after(UnaryOperator<SeminarDetails> edit) {
        Seminar seminar = seminar();
        SeminarDetails details = edit.apply(SeminarFixtures.details(
                seminar.getTexts(),
                seminar.getCity(),
                seminar.getVenue(),
                seminar.getStartsOn(),
                seminar.getEndsOn(),
                seminar.getCapacity(),
                sessionsOf(seminar)));
        seminar.describe(details);
        List<SeminarSession> existing = seminar.getSessions();
        for (SeminarSession session : existing) {
            details.sessions().stream()
                    .filter(s -> session.getId().equals(s.id()))
                    .findFirst()
                    .ifPresentOrElse(session::describe, () -> seminar.remove(session));
        }
        details.sessions().stream().filter(s -> s.id() == null).forEach(s -> {
            SeminarSession added = new SeminarSession(seminar, "secret");
            added.describe(s);
            seminar.add(added);
        });
        return Timetable.of(seminar);
    }

    private static SeminarDetails edited(
            SeminarDetails d, String title, String city, String venue, int capacity, List<SessionDetails> sessions) {
        return new SeminarDetails(
                Map.of(Language.EN, new SeminarText(title, "")),
                city,
                venue,
                d.startsOn(),
                d.endsOn(),
                capacity,
                d.trainerIds(),
                d.moduleIds(),
                d.rotationSeconds(),
                d.graceMinutes(),
                d.opensMinutesBefore(),
                d.closesMinutesAfter(),
                sessions);
    }

    private static SessionDetails at(SessionDetails session, int fromHour, String room) {
        return new SessionDetails(
                session.id(),
                session.heldOn(),
                LocalTime.of(fromHour, 0),
                LocalTime.of(fromHour + 4, 0),
                room,
                session.hours());
    }
}
