package eu.restproject.academy.seminar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a seminar's calendar entries and a traveller depend on: where it is held, its dates, and each
 * session's day, hours and room. Two timetables that differ mean that calendars must take a new copy
 * and participants must be told; an edit of a title, a description, the capacity or the trainers leaves
 * the timetable as it was.
 */
record Timetable(String city, String venue, LocalDate startsOn, LocalDate endsOn, List<Slot> sessions) {

    /** One session as a calendar sees it; a new session has no id yet, so it never equals a removed one. */
    record Slot(Long id, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String room) {}

    static Timetable of(Seminar seminar) {
        return new Timetable(
                seminar.getCity(),
                seminar.getVenue(),
                seminar.getStartsOn(),
                seminar.getEndsOn(),
                seminar.getSessions().stream()
                        .map(s -> new Slot(s.getId(), s.getHeldOn(), s.getStartsAt(), s.getEndsAt(), s.getRoom()))
                        .toList());
    }
}
