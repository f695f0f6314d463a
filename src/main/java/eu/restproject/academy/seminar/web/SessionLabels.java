package eu.restproject.academy.seminar.web;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.SeminarSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A session's date, times and room, and moments of its attendance, written for the reader's language in the seminar's country's time. */
public final class SessionLabels {

    private SessionLabels() {}

    /** E.g. "Monday, 4 May 2026 · 09:00–13:00 · 1". */
    public static String when(SeminarSession session, Language language) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale());
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        return session.getHeldOn().format(date) + " · " + session.getStartsAt().format(time) + "–"
                + session.getEndsAt().format(time);
    }

    /** A moment of the audit trail, in the time zone of the seminar's country. */
    public static String moment(Instant at, SeminarSession session, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(language.locale())
                .withZone(session.getSeminar().getCountry().zone())
                .format(at);
    }

    /** "ABC123" as "ABC 123", which is easier to read out and to type. */
    public static String grouped(String code) {
        return code == null || code.length() != 6 ? code : code.substring(0, 3) + " " + code.substring(3);
    }
}
