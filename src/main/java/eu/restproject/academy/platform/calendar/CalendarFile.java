package eu.restproject.academy.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an iCalendar file (RFC 5545, with the iTIP methods of RFC 5546) of events. Times are written
 * in UTC, which every calendar shows in its reader's own zone, so no time-zone definitions are needed.
 * A calendar recognises an event again by its {@code uid}; a higher {@code sequence} replaces the copy it
 * holds, and {@link Method#CANCEL} removes it. Text is escaped and long lines folded at 75 octets, never
 * inside a UTF-8 character. Written by hand (about a hundred lines) rather than with a library, to keep
 * the WAR lean; the tests read every file back with ical4j's parser.
 */
public final class CalendarFile {

    /** What the file asks of the calendar that opens it. */
    public enum Method {
        /** A copy of events to keep (a feed, a confirmation, a change): no reply expected. */
        PUBLISH,
        /** The events are called off: calendars that hold them mark them cancelled. */
        CANCEL
    }

    /**
     * One event. {@code organizer} is an e-mail address: iTIP requires one for every method, and calendars
     * show it as who published the event (the platform's sender address).
     */
    public record Event(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String location,
            String description,
            Optional<String> url,
            String organizer) {

        public Event {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(organizer);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (!end.isAfter(start) || sequence < 0) {
                throw new IllegalArgumentException("an event ends after it starts and has a sequence of 0 or more");
            }
        }
    }

    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//REST project//REST Academy//EN";
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private CalendarFile() {}

    /** The file, with CRLF line ends. {@code name} is the calendar's name that feeds show (may be empty). */
    public static String write(Method method, String name, List<Event> events, Instant stamp) {
        StringBuilder file = new StringBuilder();
        line(file, "BEGIN:VCALENDAR");
        line(file, "VERSION:2.0");
        line(file, "PRODID:" + PRODUCT);
        line(file, "CALSCALE:GREGORIAN");
        line(file, "METHOD:" + method.name());
        if (!name.isBlank()) {
            line(file, "X-WR-CALNAME:" + text(name));
        }
        for (Event event : events) {
            line(file, "BEGIN:VEVENT");
            line(file, "UID:" + text(event.uid()));
            line(file, "SEQUENCE:" + event.sequence());
            line(file, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
            line(file, "DTSTART:" + UTC.format(event.start().truncatedTo(ChronoUnit.SECONDS)));
            line(file, "DTEND:" + UTC.format(event.end().truncatedTo(ChronoUnit.SECONDS)));
            line(file, "SUMMARY:" + text(event.summary()));
            if (!event.location().isBlank()) {
                line(file, "LOCATION:" + text(event.location()));
            }
            if (!event.description().isBlank()) {
                line(file, "DESCRIPTION:" + text(event.description()));
            }
            event.url().ifPresent(url -> line(file, "URL:" + url));
            line(file, "ORGANIZER:mailto:" + event.organizer());
            line(file, "STATUS:" + (method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
            line(file, "TRANSP:OPAQUE");
            line(file, "END:VEVENT");
        }
        line(file, "END:VCALENDAR");
        return file.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped, other control characters dropped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n")
                .replaceAll("\\p{Cntrl}", "");
    }

    /** Appends a content line, folded so that no physical line is longer than 75 octets. */
    static void line(StringBuilder file, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                file.append("\r\n ");
                octets = 1;
            }
            file.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        file.append("\r\n");
    }
}
