package eu.restproject.academy.seminar;

import eu.restproject.academy.mail.Letter;
import java.util.Locale;

/**
 * The part every seminar letter shares: its dates, its venue and each session with its room, written
 * in the recipient's language. Times are the local times of the seminar's country, as the sessions are
 * held and as the pages show them; the letter says so, since a reader may be elsewhere.
 */
final class SeminarLetters {

    /** Where a participant finds their seminars, registrations and cancellation notices. */
    static final String MY_SEMINARS = "/seminars/index.xhtml";

    private SeminarLetters() {}

    /** Adds the seminar's dates, venue and sessions to the letter. */
    static Letter describe(Letter letter, Seminar seminar) {
        Locale locale = letter.language().locale();
        letter.paragraph(
                "seminar.mail.details", SeminarDates.dates(seminar, locale), seminar.getVenue(), seminar.getCity());
        StringBuilder sessions = new StringBuilder();
        for (SeminarSession session : seminar.getSessions()) {
            sessions.append("\n• ")
                    .append(SeminarDates.session(session, locale))
                    .append(" · ")
                    .append(session.getRoom());
        }
        return letter.paragraph("seminar.mail.sessions", seminar.getCity(), sessions.toString());
    }
}
