package eu.restproject.academy.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which reminders are due at a given moment and has each written once: the day-before
 * reminder and the reminder of unfinished pre-seminar modules, to every participant with a seat in a
 * seminar that is not cancelled. The moment is a parameter, so that the decision can be checked at any
 * instant; the timer ({@link ReminderSchedule}) passes the clock's.
 *
 * <p>Each participant's reminder is its own transaction ({@link ReminderLetters#remind}): one that
 * fails leaves the others alone, and one that another node decided at the same time is skipped.
 */
@ApplicationScoped
public class SeminarReminders {

    private static final Logger LOG = Logger.getLogger(SeminarReminders.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ReminderSettings settings;

    @Inject
    private ReminderLetters letters;

    /** Writes the reminders due at {@code now} that nobody wrote yet; returns how many messages were written. */
    public int remind(Instant now) {
        int written = 0;
        for (ReminderKind kind : ReminderKind.values()) {
            for (Seminar seminar : due(kind, now)) {
                for (long registrationId : notYetDecided(seminar, kind)) {
                    written += remindOne(registrationId, kind, now) ? 1 : 0;
                }
            }
        }
        return written;
    }

    private boolean remindOne(long registrationId, ReminderKind kind, Instant now) {
        try {
            return letters.remind(registrationId, kind, now);
        } catch (RuntimeException refused) {
            // Most often another node decided the same reminder at the same moment (the primary key
            // refused the second row); otherwise the next run tries again.
            LOG.log(
                    Level.INFO,
                    "Reminder " + kind + " of registration " + registrationId + " not written now",
                    refused);
            return false;
        }
    }

    /** The seminars whose reminders of this kind are due at {@code now}, cancelled ones left out. */
    List<Seminar> due(ReminderKind kind, Instant now) {
        int days = settings.daysBefore(kind);
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        return em.createQuery(
                        "select s from Seminar s where s.cancelledAt is null and s.endsOn >= :earliest"
                                + " and s.startsOn <= :latest order by s.startsOn, s.id",
                        Seminar.class)
                .setParameter("earliest", today.minusDays(1))
                .setParameter("latest", today.plusDays(days + 1L))
                .getResultStream()
                .filter(seminar -> kind != ReminderKind.PREPARATION
                        || !seminar.getModuleIds().isEmpty())
                .filter(seminar -> ReminderWindow.isDue(seminar, kind, settings, now))
                .toList();
    }

    private List<Long> notYetDecided(Seminar seminar, ReminderKind kind) {
        return em.createQuery(
                        "select r.id from Registration r where r.seminarId = :seminar and r.status = :seated"
                                + " and not exists (select m from SeminarReminder m where m.seminarId = r.seminarId"
                                + " and m.accountId = r.accountId and m.kind = :kind) order by r.id",
                        Long.class)
                .setParameter("seminar", seminar.getId())
                .setParameter("seated", RegistrationStatus.REGISTERED)
                .setParameter("kind", kind)
                .getResultList();
    }
}
