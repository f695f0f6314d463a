package eu.restproject.academy.seminar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A seminar's dates and session times as a reader's language writes them, for its pages and its mail
 * alike: medium dates, 24-hour times, in the local time of the seminar's country, which is how its
 * sessions are stored. Formatted once in the page beans and letters, never in getters.
 */
public final class SeminarDates {

    private SeminarDates() {}

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** "12 Mar 2027" or "12 Mar 2027 – 14 Mar 2027". */
    public static String dates(Seminar seminar, Locale locale) {
        String first = date(seminar.getStartsOn(), locale);
        return seminar.getEndsOn().equals(seminar.getStartsOn())
                ? first
                : first + " – " + date(seminar.getEndsOn(), locale);
    }

    /** The date in full, weekday included: people plan a seminar day by it ("Friday, 12 March 2027"). */
    public static String fullDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    /** A time on the 24-hour clock used in every partner country. */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A moment, such as an audit entry or a feed's creation, in {@code zone} (the seminar country's). */
    public static String instant(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** "12 Mar 2027, 09:00–12:30". */
    public static String session(SeminarSession session, Locale locale) {
        return date(session.getHeldOn(), locale) + ", " + time(session.getStartsAt()) + "–" + time(session.getEndsAt());
    }
}
