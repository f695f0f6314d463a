package eu.restproject.academy.report;

import eu.restproject.academy.people.Profession;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A seminar's attendance: one row per participant and session, and the figures drawn from them.
 * For the seminar and for each profession, "registered" counts people and "attended" those present
 * or late at one session at least; for a session, both count the people of that session. Hours
 * are always the hours credited, partial ones included.
 */
public record SeminarReport(
        Seminar seminar,
        String title,
        List<AttendanceRow> rows,
        AttendanceFigures figures,
        List<SessionFigures> sessions,
        List<ProfessionFigures> professions) {

    public SeminarReport {
        rows = List.copyOf(rows);
        sessions = List.copyOf(sessions);
        professions = List.copyOf(professions);
    }

    static SeminarReport of(Seminar seminar, String title, List<AttendanceRow> rows) {
        List<SessionFigures> sessions = new ArrayList<>();
        for (SeminarSession session : seminar.getSessions()) {
            List<AttendanceRow> ofSession =
                    rows.stream().filter(r -> r.sessionId() == session.getId()).toList();
            sessions.add(new SessionFigures(
                    session.getId(),
                    session.getHeldOn(),
                    session.getStartsAt(),
                    session.getEndsAt(),
                    session.getRoom(),
                    ofPeople(ofSession)));
        }
        // Grouped by Optional, since a map of groups takes no null key for "no profession given".
        Map<Optional<Profession>, List<AttendanceRow>> byProfession = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> Optional.ofNullable(r.profession()), LinkedHashMap::new, Collectors.toList()));
        List<ProfessionFigures> professions = byProfession.entrySet().stream()
                .map(e -> new ProfessionFigures(e.getKey().orElse(null), ofPeople(e.getValue())))
                .sorted(Comparator.comparing(p -> p.profession() == null
                        ? Integer.MAX_VALUE
                        : p.profession().ordinal()))
                .toList();
        return new SeminarReport(seminar, title, rows, ofPeople(rows), sessions, professions);
    }

    /** People in the rows, those who attended at least once, and the sum of their credited hours. */
    static AttendanceFigures ofPeople(List<AttendanceRow> rows) {
        long people = rows.stream().map(AttendanceRow::accountId).distinct().count();
        long attended = rows.stream()
                .filter(AttendanceRow::attended)
                .map(AttendanceRow::accountId)
                .distinct()
                .count();
        BigDecimal hours = rows.stream()
                .map(AttendanceRow::creditedHours)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AttendanceFigures(people, attended, hours);
    }
}
