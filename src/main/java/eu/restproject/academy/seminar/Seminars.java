package eu.restproject.academy.seminar;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Accounts;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating, changing, cancelling and copying seminars, and listing them within the caller's scope.
 * Coordinators manage their own country's seminars; the admin any.
 */
@ApplicationScoped
public class Seminars {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private Registrations registrations;

    @Inject
    private SeminarNotices notices;

    @Inject
    private Validator validator;

    private Clock clock = Clock.systemUTC();

    public Optional<Seminar> find(long id) {
        return Optional.ofNullable(em.find(Seminar.class, id));
    }

    /** A seminar for staff who may see its country; others are refused (error.access.otherCountry), an unknown id is not found. */
    public Seminar get(Caller caller, long id) {
        Seminar seminar = find(id).orElseThrow(() -> new NotFoundException("seminar.error.notFound"));
        SeminarAccess.requireSee(caller, seminar);
        return seminar;
    }

    /**
     * Takes the seminar's row lock until the transaction ends, for work that must not run twice at
     * once for one seminar (a certificate's first download).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Seminar seminar) {
        em.lock(seminar, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<SeminarSession> findSession(long sessionId) {
        return Optional.ofNullable(em.find(SeminarSession.class, sessionId));
    }

    public SeminarSession getSession(long sessionId) {
        return findSession(sessionId).orElseThrow(() -> new NotFoundException("seminar.error.sessionNotFound"));
    }

    /** Staff: every seminar of the countries they may see (the admin: all, or one country when given). */
    public List<Seminar> forStaff(Caller caller, Country country) {
        if (caller.has(Role.ADMIN) && country == null) {
            return em.createNamedQuery("Seminar.all", Seminar.class).getResultList();
        }
        Country shown = country != null ? country : caller.country();
        caller.requirePeopleOf(shown);
        return em.createNamedQuery("Seminar.ofCountry", Seminar.class)
                .setParameter("country", shown)
                .getResultList();
    }

    /** Participants: the seminars of their country that have not ended and are not cancelled. */
    public List<Seminar> upcoming(Caller caller) {
        if (caller.country() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(caller.country().zone()));
        return em.createNamedQuery("Seminar.ofCountry", Seminar.class)
                .setParameter("country", caller.country())
                .getResultStream()
                .filter(s -> !s.isCancelled() && !s.getEndsOn().isBefore(today))
                .toList();
    }

    @Transactional
    public Seminar create(Caller caller, Country country, SeminarDetails details) {
        if (country == null) {
            throw new InvalidInputException("country", "error.country.unknown", "");
        }
        SeminarAccess.requireManage(caller, country);
        check(details);
        checkTrainers(country, details);
        Seminar seminar = new Seminar(country, unusedInvitationCode(), clock.instant());
        seminar.describe(details);
        for (SessionDetails session : details.sessions()) {
            if (session.id() != null) {
                throw new InvalidInputException("sessions", "seminar.error.sessionTwice", session.id());
            }
            addSession(seminar, session);
        }
        em.persist(seminar);
        return seminar;
    }

    /** Applies an edit made on {@code expectedVersion}; refused if someone changed the seminar since. */
    @Transactional
    public Seminar update(Caller caller, long id, long expectedVersion, SeminarDetails details) {
        Seminar seminar = get(caller, id);
        SeminarAccess.requireManage(caller, seminar.getCountry());
        // Locked before any change: seat decisions below must not race registrations, and
        // EclipseLink refreshes an entity when it locks it later, which would drop the edit.
        em.lock(seminar, LockModeType.PESSIMISTIC_WRITE);
        if (seminar.getVersion() != expectedVersion) {
            throw new ConflictException("version", "seminar.error.changedMeanwhile");
        }
        if (seminar.isCancelled()) {
            throw new ConflictException("seminar", "seminar.error.cancelled");
        }
        check(details);
        checkTrainers(seminar.getCountry(), details);
        Timetable before = Timetable.of(seminar);
        seminar.describe(details);
        Map<Long, SeminarSession> existing = new HashMap<>();
        seminar.getSessions().forEach(s -> existing.put(s.getId(), s));
        for (SessionDetails session : details.sessions()) {
            if (session.id() == null) {
                addSession(seminar, session);
            } else {
                SeminarSession kept = existing.remove(session.id());
                if (kept == null) {
                    throw new InvalidInputException("sessions", "seminar.error.sessionNotFound");
                }
                kept.describe(session);
            }
        }
        for (SeminarSession removed : existing.values()) {
            if (hasMarks(removed)) {
                throw new ConflictException("sessions", "seminar.error.sessionHasMarks");
            }
            seminar.remove(removed);
        }
        boolean rescheduled = !before.equals(Timetable.of(seminar));
        if (rescheduled) {
            seminar.reviseCalendar();
        }
        Set<Long> movedUp = registrations.fillFreeSeats(seminar).stream()
                .map(Registration::getAccountId)
                .collect(Collectors.toSet());
        if (rescheduled) {
            notices.changed(seminar, movedUp, List.copyOf(existing.values()));
        }
        return seminar;
    }

    /** Cancels with a notice that every registered and waiting participant sees on their seminars page. */
    @Transactional
    public Seminar cancel(Caller caller, long id, String notice) {
        Seminar seminar = get(caller, id);
        SeminarAccess.requireManage(caller, seminar.getCountry());
        if (notice == null || notice.isBlank()) {
            throw new InvalidInputException("notice", "seminar.error.notice");
        }
        if (notice.length() > 2000) {
            throw new InvalidInputException("notice", "seminar.error.tooLong", 2000);
        }
        if (!seminar.isCancelled()) {
            seminar.cancel(notice.strip(), clock.instant());
            seminar.reviseCalendar();
            notices.cancelled(seminar);
        }
        return seminar;
    }

    /**
     * A new seminar like this one, starting on {@code startsOn}: texts, place, capacity, trainers,
     * modules and check-in settings are copied and the sessions moved by the same number of days;
     * registrations and attendance are not.
     */
    @Transactional
    public Seminar copy(Caller caller, long id, LocalDate startsOn) {
        Seminar original = get(caller, id);
        SeminarAccess.requireManage(caller, original.getCountry());
        if (startsOn == null) {
            throw new InvalidInputException("startsOn", "seminar.error.dates");
        }
        long shift = ChronoUnit.DAYS.between(original.getStartsOn(), startsOn);
        List<SessionDetails> sessions = new ArrayList<>();
        for (SeminarSession s : original.getSessions()) {
            sessions.add(new SessionDetails(
                    null, s.getHeldOn().plusDays(shift), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getHours()));
        }
        SeminarDetails details = new SeminarDetails(
                original.getTexts(),
                original.getCity(),
                original.getVenue(),
                startsOn,
                original.getEndsOn().plusDays(shift),
                original.getCapacity(),
                original.getTrainerIds(),
                original.getModuleIds(),
                original.getRotationSeconds(),
                original.getGraceMinutes(),
                original.getOpensMinutesBefore(),
                original.getClosesMinutesAfter(),
                sessions);
        return create(caller, original.getCountry(), details);
    }

    /** The trainers a coordinator may assign: the trainers of the seminar's country. */
    public List<Account> trainersOf(Country country) {
        return accounts.ofCountry(country).stream()
                .filter(a -> a.getRoles().contains(Role.TRAINER))
                .toList();
    }

    private void checkTrainers(Country country, SeminarDetails details) {
        for (Long trainerId : details.trainerIds()) {
            Account trainer = accounts.find(trainerId)
                    .orElseThrow(() -> new InvalidInputException("trainers", "seminar.error.trainer"));
            if (!trainer.getRoles().contains(Role.TRAINER) || trainer.getCountry() != country) {
                throw new InvalidInputException("trainers", "seminar.error.trainer");
            }
        }
    }

    /**
     * Refuses details that break their constraints with every problem at once (a
     * {@link ConstraintViolationException}: the API lists them, the form shows each beside its field).
     */
    private void check(SeminarDetails details) {
        Set<ConstraintViolation<SeminarDetails>> problems = validator.validate(details);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
    }

    private void addSession(Seminar seminar, SessionDetails details) {
        SeminarSession session = new SeminarSession(seminar, SeminarSecrets.sessionSecret());
        session.describe(details);
        seminar.add(session);
    }

    private boolean hasMarks(SeminarSession session) {
        return !em.createNamedQuery("AttendanceMark.ofSession", AttendanceMark.class)
                .setParameter("session", session.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private String unusedInvitationCode() {
        while (true) {
            String code = SeminarSecrets.invitationCode();
            if (findByInvitation(code).isEmpty()) {
                return code;
            }
        }
    }

    public Optional<Seminar> findByInvitation(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Seminar.byInvitation", Seminar.class)
                .setParameter("code", CheckInCodes.normalise(code))
                .getResultStream()
                .findFirst();
    }

    void useClock(Clock testClock) {
        clock = testClock;
    }
}
