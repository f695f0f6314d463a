package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * Writes one participant's reminder of one kind and records that it was decided, in one transaction,
 * under the registration's row lock: a second node deciding the same reminder waits for the first and
 * then finds its record, so the message exists exactly once, and only if the record does.
 */
@ApplicationScoped
public class ReminderLetters {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private ReminderSettings settings;

    @Inject
    private DayBeforeLetter dayBefore;

    @Inject
    private PreparationLetter preparation;

    /**
     * Decides the reminder if the registration still holds a seat, the seminar is neither cancelled nor
     * begun, the reminder is due at {@code now} and nobody decided it yet; returns whether a message
     * was written (not when the person turned the topic off or had nothing left to prepare).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean remind(long registrationId, ReminderKind kind, Instant now) {
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || registration.getStatus() != RegistrationStatus.REGISTERED) {
            return false;
        }
        Seminar seminar = em.find(Seminar.class, registration.getSeminarId());
        if (seminar == null
                || !ReminderWindow.isDue(seminar, kind, settings, now)
                || decided(seminar.getId(), registration.getAccountId(), kind)) {
            return false;
        }
        Account account = accounts.get(registration.getAccountId());
        boolean written = switch (kind) {
            case DAY_BEFORE -> dayBefore.write(account, seminar);
            case PREPARATION -> preparation.write(account, seminar);
        };
        em.persist(new SeminarReminder(seminar.getId(), account.getId(), kind, now, written));
        return written;
    }

    private boolean decided(long seminarId, long accountId, ReminderKind kind) {
        return em.find(SeminarReminder.class, SeminarReminder.key(seminarId, accountId, kind)) != null;
    }
}
