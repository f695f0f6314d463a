package eu.restproject.academy.seminar.api;

import eu.restproject.academy.seminar.CheckIn;

/** The caller's mark after a check-in; {@code repeated} when it was already there. */
public record CheckInJson(long sessionId, long seminarId, String status, boolean repeated) {

    static CheckInJson of(CheckIn checkIn) {
        return new CheckInJson(
                checkIn.sessionId(), checkIn.seminarId(), checkIn.status().name(), checkIn.repeated());
    }
}
