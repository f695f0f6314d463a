package eu.restproject.academy.seminar;

import eu.restproject.academy.mail.Letter;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.platform.PublicUrl;
import eu.restproject.academy.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * The reminder before a seminar: when and where each session is, a link back to the participant's
 * seminars and the calendar file that adds (or updates) the sessions in their calendar. Written in the
 * participant's language, unless they turned seminar reminders off.
 */
@ApplicationScoped
public class DayBeforeLetter {

    @Inject
    private Correspondence correspondence;

    @Inject
    private SeminarCalendar calendar;

    @Inject
    private PublicUrl publicUrl;

    /** Writes the reminder in the caller's transaction; false when the person does not want it. */
    boolean write(Account account, Seminar seminar) {
        Language language = account.getLanguage();
        SeminarSession first = seminar.getSessions().get(0);
        String title = seminar.title(language);
        return correspondence.write(
                account,
                MailTopic.SEMINAR_REMINDERS,
                letter -> letter.subject(
                                "seminar.reminder.subject",
                                title,
                                SeminarDates.fullDate(first.getHeldOn(), language.locale()))
                        .paragraph(
                                "seminar.reminder.intro",
                                title,
                                SeminarDates.fullDate(first.getHeldOn(), language.locale()),
                                SeminarDates.time(first.getStartsAt()))
                        .paragraph("seminar.reminder.venue", seminar.getVenue(), seminar.getCity())
                        .paragraph("seminar.reminder.sessions", sessions(letter, seminar, language))
                        .paragraph("seminar.reminder.calendar")
                        .link("seminar.reminder.link", SeminarLetters.MY_SEMINARS)
                        .attach(calendar.publish(seminar, language, publicUrl.base())));
    }

    private static String sessions(Letter letter, Seminar seminar, Language language) {
        return seminar.getSessions().stream()
                .map(session -> "• "
                        + letter.text(
                                "seminar.reminder.session",
                                SeminarDates.fullDate(session.getHeldOn(), language.locale()),
                                SeminarDates.time(session.getStartsAt()),
                                SeminarDates.time(session.getEndsAt()),
                                session.getRoom()))
                .collect(Collectors.joining("\n"));
    }
}
