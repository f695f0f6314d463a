package eu.restproject.academy.seminar;

import eu.restproject.academy.mail.Letter;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Correspondence;
import eu.restproject.academy.platform.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The letters a participant gets about their place at a seminar: a seat or a place on the waiting
 * list, a seat that became free for them, a new time or place, the seminar's cancellation, and their
 * registration withdrawn. Each is written through {@link Correspondence} in the transaction of the
 * change it reports, so a change that rolls back leaves no letter.
 *
 * <p>Only people with a seat get calendar files: a file that adds the sessions (with the seminar's
 * current calendar sequence) when they get one or the sessions change, and a file that removes them
 * when the seminar is cancelled or their registration withdrawn. People waiting have nothing in their
 * calendar to update; they are told of changes and cancellations in words.
 */
@ApplicationScoped
public class SeminarNotices {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Correspondence correspondence;

    @Inject
    private Accounts accounts;

    @Inject
    private SeminarCalendar calendar;

    @Inject
    private PublicUrl publicUrl;

    /** A registration was made (or renewed): a seat with its calendar file, or a place on the waiting list. */
    @Transactional(TxType.MANDATORY)
    public void registered(Seminar seminar, Registration registration) {
        flush();
        boolean seated = registration.getStatus() == RegistrationStatus.REGISTERED;
        write(accounts.get(registration.getAccountId()), MailTopic.SEMINAR_UPDATES, letter -> {
            String title = seminar.title(letter.language());
            letter.subject(seated ? "seminar.mail.seat.subject" : "seminar.mail.waiting.subject", title)
                    .paragraph(seated ? "seminar.mail.seat" : "seminar.mail.waiting", title);
            return seated ? withCalendar(describe(letter, seminar), seminar) : describe(letter, seminar);
        });
    }

    /** People who waited got a seat that became free (a withdrawal, a larger capacity). */
    @Transactional(TxType.MANDATORY)
    public void movedUp(Seminar seminar, List<Registration> promoted) {
        flush();
        Map<Long, Account> people =
                accounts.byIds(promoted.stream().map(Registration::getAccountId).toList());
        for (Registration registration : promoted) {
            if (!people.containsKey(registration.getAccountId())) {
                continue;
            }
            write(people.get(registration.getAccountId()), MailTopic.SEMINAR_UPDATES, letter -> {
                String title = seminar.title(letter.language());
                letter.subject("seminar.mail.movedUp.subject", title).paragraph("seminar.mail.movedUp", title);
                return withCalendar(describe(letter, seminar), seminar);
            });
        }
    }

    /**
     * The seminar's timetable changed: everyone registered or waiting learns the new one, people with a
     * seat with a calendar file that replaces their copy; {@code toldAlready} got their news otherwise
     * (they moved up in the same edit, with the new timetable). Sessions the edit {@code removed} leave
     * the calendars of people seated through a second letter: a file holds one iTIP method, and only
     * CANCEL takes an event out.
     */
    @Transactional(TxType.MANDATORY)
    public void changed(Seminar seminar, Set<Long> toldAlready, List<SeminarSession> removed) {
        flush();
        for (Recipient recipient : active(seminar)) {
            if (toldAlready.contains(recipient.account().getId())) {
                continue;
            }
            write(recipient.account(), MailTopic.SEMINAR_UPDATES, letter -> {
                String title = seminar.title(letter.language());
                letter.subject("seminar.mail.changed.subject", title).paragraph("seminar.mail.changed", title);
                return recipient.seated()
                        ? withCalendar(describe(letter, seminar), seminar)
                        : describe(letter, seminar);
            });
            if (recipient.seated() && !removed.isEmpty()) {
                write(
                        recipient.account(),
                        MailTopic.SEMINAR_UPDATES,
                        letter -> removedSessions(letter, seminar, removed));
            }
        }
    }

    private Letter removedSessions(Letter letter, Seminar seminar, List<SeminarSession> removed) {
        String title = seminar.title(letter.language());
        String sessions = removed.stream()
                .map(session ->
                        "\n• " + SeminarDates.session(session, letter.language().locale()))
                .collect(Collectors.joining());
        return letter.subject("seminar.mail.removed.subject", title)
                .paragraph("seminar.mail.removed", removed.size(), title, sessions)
                .link("seminar.mail.link.mine", SeminarLetters.MY_SEMINARS)
                .attach(calendar.cancelSessions(seminar, removed, letter.language(), base()));
    }

    /** The seminar was cancelled: everyone registered or waiting gets the coordinator's notice. */
    @Transactional(TxType.MANDATORY)
    public void cancelled(Seminar seminar) {
        flush();
        for (Recipient recipient : active(seminar)) {
            write(recipient.account(), MailTopic.SEMINAR_CANCELLED, letter -> {
                String title = seminar.title(letter.language());
                letter.subject("seminar.mail.cancelled.subject", title)
                        .paragraph(
                                "seminar.mail.cancelled",
                                title,
                                SeminarDates.dates(seminar, letter.language().locale()),
                                seminar.getCity())
                        .paragraph("seminar.mail.cancelled.notice", seminar.getCancelNotice())
                        .link("seminar.mail.link.mine", SeminarLetters.MY_SEMINARS);
                return recipient.seated() ? letter.attach(calendar.cancel(seminar, letter.language(), base())) : letter;
            });
        }
    }

    /**
     * A registration was withdrawn, by the participant or by a coordinator; who did it decides the
     * words. A withdrawn seat takes the sessions out of the participant's calendar.
     */
    @Transactional(TxType.MANDATORY)
    public void withdrawn(Seminar seminar, Registration registration, boolean heldSeat, boolean byParticipant) {
        flush();
        write(accounts.get(registration.getAccountId()), MailTopic.SEMINAR_UPDATES, letter -> {
            String title = seminar.title(letter.language());
            letter.subject("seminar.mail.withdrawn.subject", title)
                    .paragraph(
                            byParticipant ? "seminar.mail.withdrawn.self" : "seminar.mail.withdrawn.coordinator",
                            title,
                            SeminarDates.dates(seminar, letter.language().locale()))
                    .link("seminar.mail.link.mine", SeminarLetters.MY_SEMINARS);
            return heldSeat ? letter.attach(calendar.cancel(seminar, letter.language(), base())) : letter;
        });
    }

    private record Recipient(Account account, boolean seated) {}

    /** Everyone registered or waiting, with their accounts read in one query. */
    private List<Recipient> active(Seminar seminar) {
        List<Registration> registrations = em.createNamedQuery("Registration.ofSeminar", Registration.class)
                .setParameter("seminar", seminar.getId())
                .getResultStream()
                .filter(Registration::isActive)
                .toList();
        Collection<Long> ids =
                registrations.stream().map(Registration::getAccountId).toList();
        Map<Long, Account> people = accounts.byIds(ids);
        return registrations.stream()
                .filter(r -> people.containsKey(r.getAccountId()))
                .map(r -> new Recipient(people.get(r.getAccountId()), r.getStatus() == RegistrationStatus.REGISTERED))
                .toList();
    }

    private void write(Account account, MailTopic topic, UnaryOperator<Letter> content) {
        correspondence.write(account, topic, content);
    }

    /** Sessions added in this transaction get their ids, and so their calendar UIDs, when it is flushed. */
    private void flush() {
        em.flush();
    }

    private Letter describe(Letter letter, Seminar seminar) {
        return SeminarLetters.describe(letter, seminar).link("seminar.mail.link.mine", SeminarLetters.MY_SEMINARS);
    }

    private Letter withCalendar(Letter letter, Seminar seminar) {
        return letter.paragraph("seminar.mail.calendar").attach(calendar.publish(seminar, letter.language(), base()));
    }

    private String base() {
        return publicUrl.base();
    }
}
