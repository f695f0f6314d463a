package eu.restproject.academy.seminar;

import eu.restproject.academy.platform.i18n.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times in letters, in the recipient's language: the date in full (weekday included, people
 * plan by it), times on the 24-hour clock used in every partner country. Times are the seminar's local
 * times, as on its page.
 */
final class LetterDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private LetterDates() {}

    static String date(LocalDate date, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(language.locale())
                .format(date);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }
}
