package eu.restproject.academy.seminar.web;

import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of seminars as the reader's language writes them, formatted once in the page beans. */
final class SeminarFormat {

    private SeminarFormat() {}

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** "12 Mar 2027" or "12 Mar 2027 – 14 Mar 2027". */
    static String dates(Seminar seminar, Locale locale) {
        String first = date(seminar.getStartsOn(), locale);
        return seminar.getEndsOn().equals(seminar.getStartsOn())
                ? first
                : first + " – " + date(seminar.getEndsOn(), locale);
    }

    /** "12 Mar 2027, 09:00–12:30" in the seminar country's local time. */
    static String session(SeminarSession session, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return date(session.getHeldOn(), locale) + ", " + time.format(session.getStartsAt()) + "–"
                + time.format(session.getEndsAt());
    }

    static String instant(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }
}
