package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Registration with capacity and a waiting list. Every decision about seats takes the seminar's row
 * lock first, so that two people registering at once cannot both take the last seat, and a seat
 * freed by a cancellation goes to the first person waiting in the same transaction.
 *
 * <p>Participants register for seminars of their own country only: a coordinator sees the personal
 * data of their own country's people, and a registration is such data.
 */
@ApplicationScoped
public class Registrations {

    /** A registration and whether this call made it: false when the person held one already. */
    public record Outcome(Registration registration, boolean created) {}

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private SeminarNotices notices;

    private Clock clock = Clock.systemUTC();

    /** The participant's own registration through the seminar's invitation code (or link). */
    @Transactional
    public Registration join(Caller caller, String invitationCode) {
        Seminar seminar = em.createNamedQuery("Seminar.byInvitation", Seminar.class)
                .setParameter("code", invitationCode == null ? "" : CheckInCodes.normalise(invitationCode))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "registration.error.code"));
        Account account = accounts.get(caller.accountId());
        return register(seminar.getId(), account, RegistrationChannel.INVITATION)
                .registration();
    }

    /**
     * A coordinator registers an existing account of the seminar's country by e-mail. An address
     * without an account and one of another country get the same refusal: whether someone has an
     * account elsewhere is not the coordinator's to learn.
     */
    @Transactional
    public Registration add(Caller caller, long seminarId, String email) {
        return addOnce(caller, seminarId, email).registration();
    }

    /**
     * Like {@link #add}, and says whether the person was registered already. The answer is decided
     * under the seminar's row lock, with the registration itself: two simultaneous requests for the
     * same person give one registration, and one of them learns it existed.
     */
    @Transactional
    public Outcome addOnce(Caller caller, long seminarId, String email) {
        Seminar seminar = managed(caller, seminarId);
        Account account = accounts.findByEmail(
                        email == null ? "" : email.strip().toLowerCase(Locale.ROOT))
                .filter(found -> found.getCountry() == seminar.getCountry())
                .orElseThrow(() -> new InvalidInputException("email", "registration.error.noAccount", email));
        return register(seminar.getId(), account, RegistrationChannel.COORDINATOR);
    }

    /** Registers accounts a CSV import has already checked, all or none. */
    @Transactional
    public List<Registration> addAll(Caller caller, long seminarId, List<Long> accountIds) {
        managed(caller, seminarId);
        return accountIds.stream()
                .map(id -> register(seminarId, accounts.get(id), RegistrationChannel.IMPORT)
                        .registration())
                .toList();
    }

    /** Withdraws a registration (the participant's own, or by a coordinator); the first waiting moves up. */
    @Transactional
    public Registration cancel(Caller caller, long seminarId, long accountId) {
        Seminar seminar = em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE);
        if (seminar == null) {
            throw new NotFoundException("seminar.error.notFound");
        }
        if (caller.accountId() != accountId) {
            SeminarAccess.requireManage(caller, seminar.getCountry());
        }
        Registration registration =
                find(seminarId, accountId).orElseThrow(() -> new NotFoundException("registration.error.notRegistered"));
        if (!registration.isActive()) {
            return registration;
        }
        boolean heldSeat = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel(clock.instant());
        notices.withdrawn(seminar, registration, heldSeat, caller.accountId() == accountId);
        if (heldSeat) {
            fillFreeSeats(seminar);
        }
        return registration;
    }

    public Optional<Registration> find(long seminarId, long accountId) {
        return em.createNamedQuery("Registration.of", Registration.class)
                .setParameter("seminar", seminarId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    /** Everyone registered, waiting or withdrawn, for staff who may see the seminar. */
    public List<Registration> ofSeminar(Caller caller, long seminarId) {
        Seminar seminar = em.find(Seminar.class, seminarId);
        if (seminar == null) {
            throw new NotFoundException("seminar.error.notFound");
        }
        SeminarAccess.requireSee(caller, seminar);
        return em.createNamedQuery("Registration.ofSeminar", Registration.class)
                .setParameter("seminar", seminarId)
                .getResultList();
    }

    public List<Registration> mine(Caller caller) {
        return em.createNamedQuery("Registration.ofAccount", Registration.class)
                .setParameter("account", caller.accountId())
                .getResultList();
    }

    /** The seated registrations of the seminars, in one query. */
    public List<Registration> seated(List<Long> seminarIds) {
        return em.createQuery(
                        "select r from Registration r where r.seminarId in :seminars and r.status = :status",
                        Registration.class)
                .setParameter("seminars", seminarIds)
                .setParameter("status", RegistrationStatus.REGISTERED)
                .getResultList();
    }

    public long seatsTaken(long seminarId) {
        return count(seminarId, RegistrationStatus.REGISTERED);
    }

    public long waiting(long seminarId) {
        return count(seminarId, RegistrationStatus.WAITING);
    }

    private Outcome register(long seminarId, Account account, RegistrationChannel channel) {
        Seminar seminar = em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE);
        requireOpen(seminar);
        if (account.getCountry() != seminar.getCountry()) {
            throw new InvalidInputException("email", "registration.error.otherCountry", account.getEmail());
        }
        Instant now = clock.instant();
        RegistrationStatus status = seatsTaken(seminarId) < seminar.getCapacity()
                ? RegistrationStatus.REGISTERED
                : RegistrationStatus.WAITING;
        Optional<Registration> existing = find(seminarId, account.getId());
        if (existing.isPresent()) {
            Registration registration = existing.get();
            if (registration.isActive()) {
                return new Outcome(registration, false);
            }
            registration.renew(status, channel, now);
            notices.registered(seminar, registration);
            return new Outcome(registration, true);
        }
        Registration registration = new Registration(seminarId, account.getId(), status, channel, now);
        em.persist(registration);
        notices.registered(seminar, registration);
        return new Outcome(registration, true);
    }

    /** Refuses registrations for a cancelled seminar, or one whose last day has passed in its country. */
    void requireOpen(Seminar seminar) {
        if (seminar.isCancelled()) {
            throw new ConflictException("seminar", "seminar.error.cancelled");
        }
        if (seminar.getEndsOn()
                .isBefore(LocalDate.now(clock.withZone(seminar.getCountry().zone())))) {
            throw new ConflictException("seminar", "registration.error.over");
        }
    }

    /**
     * Gives free seats (after a cancellation or a larger capacity) to the first people waiting, and
     * tells them; returns their registrations. Every seat that frees up goes through here.
     */
    List<Registration> fillFreeSeats(Seminar seminar) {
        em.flush();
        long free = seminar.getCapacity() - seatsTaken(seminar.getId());
        if (free <= 0) {
            return List.of();
        }
        List<Registration> promoted = em.createNamedQuery("Registration.firstWaiting", Registration.class)
                .setParameter("seminar", seminar.getId())
                .setMaxResults((int) free)
                .getResultList();
        promoted.forEach(Registration::moveUp);
        if (!seminar.isCancelled()) {
            notices.movedUp(seminar, promoted);
        }
        return promoted;
    }

    private Seminar managed(Caller caller, long seminarId) {
        Seminar seminar = em.find(Seminar.class, seminarId);
        if (seminar == null) {
            throw new NotFoundException("seminar.error.notFound");
        }
        SeminarAccess.requireManage(caller, seminar.getCountry());
        return seminar;
    }

    private long count(long seminarId, RegistrationStatus status) {
        return em.createNamedQuery("Registration.count", Long.class)
                .setParameter("seminar", seminarId)
                .setParameter("status", status)
                .getSingleResult();
    }

    void useClock(Clock testClock) {
        clock = testClock;
    }
}
