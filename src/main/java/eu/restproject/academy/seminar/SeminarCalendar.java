package eu.restproject.academy.seminar;

import eu.restproject.academy.mail.Attachment;
import eu.restproject.academy.mail.MailSettings;
import eu.restproject.academy.platform.calendar.CalendarFile;
import eu.restproject.academy.platform.calendar.CalendarFile.Event;
import eu.restproject.academy.platform.calendar.CalendarFile.Method;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Seminars as calendar events: one event per session, whose UID stays the same for the life of the
 * session ({@code seminar-<id>-session-<id>@rest-academy}) and whose SEQUENCE is the seminar's
 * {@link Seminar#getCalendarSequence() calendar sequence}. Mail attachments and the personal feed use
 * the same events, so a calendar that got both keeps one copy of each session.
 */
@ApplicationScoped
public class SeminarCalendar {

    static final String FILE_NAME = "seminar.ics";

    @Inject
    private MailSettings mail;

    /** The seminar's sessions as events, titled and described in {@code language}. */
    public List<Event> events(Seminar seminar, Language language, String platformBase) {
        String title = seminar.title(language);
        int count = seminar.getSessions().size();
        return seminar.getSessions().stream()
                .map(session -> event(
                        seminar,
                        session,
                        count == 1
                                ? title
                                : Messages.format(
                                        language.locale(),
                                        "seminar.calendar.sessionTitle",
                                        title,
                                        seminar.getSessions().indexOf(session) + 1,
                                        count),
                        platformBase))
                .toList();
    }

    /**
     * A file that removes sessions an edit took out of the seminar from the recipient's calendar; the
     * seminar's other sessions stay there (a {@link #publish} file updates them).
     */
    public Attachment cancelSessions(
            Seminar seminar, List<SeminarSession> removed, Language language, String platformBase) {
        List<Event> events = removed.stream()
                .map(session -> event(seminar, session, seminar.title(language), platformBase))
                .toList();
        String file = CalendarFile.write(Method.CANCEL, "", events, Instant.now());
        return new Attachment(FILE_NAME, CalendarFile.MEDIA_TYPE + "; method=" + Method.CANCEL.name(), file);
    }

    private Event event(Seminar seminar, SeminarSession session, String summary, String platformBase) {
        return new Event(
                uid(session),
                seminar.getCalendarSequence(),
                session.start().toInstant(),
                session.end().toInstant(),
                summary,
                seminar.getVenue() + ", " + seminar.getCity(),
                session.getRoom(),
                Optional.of(platformBase + SeminarLetters.MY_SEMINARS),
                mail.fromAddress());
    }

    /** A file that adds or updates the seminar's sessions in the recipient's calendar. */
    public Attachment publish(Seminar seminar, Language language, String platformBase) {
        return attachment(Method.PUBLISH, seminar, language, platformBase);
    }

    /** A file that removes the seminar's sessions from the recipient's calendar. */
    public Attachment cancel(Seminar seminar, Language language, String platformBase) {
        return attachment(Method.CANCEL, seminar, language, platformBase);
    }

    /** A feed of many seminars' sessions, named for its owner's calendar list. */
    public String feed(Collection<Seminar> seminars, Language language, String platformBase) {
        List<Event> events = seminars.stream()
                .flatMap(seminar -> events(seminar, language, platformBase).stream())
                .toList();
        return CalendarFile.write(
                Method.PUBLISH, Messages.format(language.locale(), "seminar.calendar.feedName"), events, Instant.now());
    }

    private Attachment attachment(Method method, Seminar seminar, Language language, String platformBase) {
        String file = CalendarFile.write(method, "", events(seminar, language, platformBase), Instant.now());
        return new Attachment(FILE_NAME, CalendarFile.MEDIA_TYPE + "; method=" + method.name(), file);
    }

    static String uid(SeminarSession session) {
        return "seminar-" + session.getSeminar().getId() + "-session-" + session.getId() + "@rest-academy";
    }
}
