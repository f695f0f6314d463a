package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a seminar must satisfy before it is stored. Each refusal names the field and a message key,
 * so that the form shows it next to the field and the API returns it as a 422.
 */
public final class SeminarRules {

    public static final int MAX_CAPACITY = 10_000;
    private static final BigDecimal MAX_SESSION_HOURS = new BigDecimal("24");

    private SeminarRules() {}

    public static void check(SeminarDetails details) {
        if (details.texts().isEmpty() || details.texts().values().stream().allMatch(t -> blank(t.getTitle()))) {
            throw new InvalidInputException("title", "seminar.error.title");
        }
        details.texts().forEach((language, text) -> {
            if (blank(text.getTitle())) {
                throw new InvalidInputException("title", "seminar.error.titleMissing", language.nativeName());
            }
            length("title", text.getTitle(), 200);
            length("description", text.getDescription(), 4000);
        });
        required("city", details.city(), 100);
        required("venue", details.venue(), 200);
        if (details.startsOn() == null || details.endsOn() == null) {
            throw new InvalidInputException("startsOn", "seminar.error.dates");
        }
        if (details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidInputException("endsOn", "seminar.error.endBeforeStart");
        }
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            throw new InvalidInputException("capacity", "seminar.error.capacity", MAX_CAPACITY);
        }
        range("rotationSeconds", details.rotationSeconds(), 5, 300);
        range("graceMinutes", details.graceMinutes(), 0, 240);
        range("opensMinutesBefore", details.opensMinutesBefore(), 0, 240);
        range("closesMinutesAfter", details.closesMinutesAfter(), 0, 240);
        checkSessions(details);
    }

    private static void checkSessions(SeminarDetails details) {
        List<SessionDetails> sessions = details.sessions();
        if (sessions.isEmpty()) {
            throw new InvalidInputException("sessions", "seminar.error.noSession");
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionDetails session = sessions.get(i);
            int number = i + 1;
            if (session.id() != null && !ids.add(session.id())) {
                throw new InvalidInputException("sessions", "seminar.error.sessionTwice", number);
            }
            if (session.heldOn() == null || session.startsAt() == null || session.endsAt() == null) {
                throw new InvalidInputException("sessions", "seminar.error.sessionTime", number);
            }
            if (!session.endsAt().isAfter(session.startsAt())) {
                throw new InvalidInputException("sessions", "seminar.error.sessionEndBeforeStart", number);
            }
            if (session.heldOn().isBefore(details.startsOn())
                    || session.heldOn().isAfter(details.endsOn())) {
                throw new InvalidInputException("sessions", "seminar.error.sessionOutside", number);
            }
            if (blank(session.room()) || session.room().length() > 100) {
                throw new InvalidInputException("sessions", "seminar.error.sessionRoom", number);
            }
            if (session.hours() == null
                    || session.hours().signum() <= 0
                    || session.hours().compareTo(MAX_SESSION_HOURS) > 0
                    || session.hours().scale() > 2) {
                throw new InvalidInputException("sessions", "seminar.error.sessionHours", number);
            }
        }
    }

    private static void required(String field, String value, int max) {
        if (blank(value)) {
            throw new InvalidInputException(field, "seminar.error.required." + field);
        }
        length(field, value, max);
    }

    private static void length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "seminar.error.tooLong", max);
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "seminar.error.range." + field, min, max);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
