package eu.restproject.academy.seminar.api;

import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A seminar as the API lists it: titles per language code, place, dates, seats and sessions. */
public record SeminarJson(
        long id,
        String country,
        Map<String, String> titles,
        String city,
        String venue,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        long seatsTaken,
        long waiting,
        boolean cancelled,
        List<SessionJson> sessions) {

    /** A session with its local date and times (in the seminar's country) and whether its attendance is closed. */
    public record SessionJson(
            long id, LocalDate date, LocalTime start, LocalTime end, String room, BigDecimal hours, boolean closed) {

        static SessionJson of(SeminarSession session) {
            return new SessionJson(
                    session.getId(),
                    session.getHeldOn(),
                    session.getStartsAt(),
                    session.getEndsAt(),
                    session.getRoom(),
                    session.getHours(),
                    session.isClosed());
        }
    }

    static SeminarJson of(Seminar seminar, long seatsTaken, long waiting) {
        Map<String, String> titles = new TreeMap<>();
        seminar.getTexts().forEach((language, text) -> titles.put(language.code(), text.getTitle()));
        return new SeminarJson(
                seminar.getId(),
                seminar.getCountry().name(),
                titles,
                seminar.getCity(),
                seminar.getVenue(),
                seminar.getStartsOn(),
                seminar.getEndsOn(),
                seminar.getCapacity(),
                seatsTaken,
                waiting,
                seminar.isCancelled(),
                seminar.getSessions().stream().map(SessionJson::of).toList());
    }
}
