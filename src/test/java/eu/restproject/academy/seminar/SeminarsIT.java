package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AcademyException;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Seminars and registrations inside Payara Micro on the real database: the country scope, the
 * rules, optimistic edits, copies, cancellation, and seats with a waiting list under concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class SeminarsIT {

    private static final Caller ADMIN = new Caller(-1, "admin@it.example.org", EnumSet.of(Role.ADMIN), null);
    private static final LocalDate START = LocalDate.now().plusDays(20);

    @Inject
    private TestData testData;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private RollCall rollCall;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private ManagedExecutorService executor;

    private Caller coordinatorAt;
    private Caller coordinatorFr;
    private Caller trainerAt;

    @BeforeEach
    void people() {
        clean();
        coordinatorAt = Caller.of(testData.person("sem-coord-at", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
        coordinatorFr = Caller.of(testData.person("sem-coord-fr", Role.COORDINATOR, Country.FR, Profession.NGO_STAFF));
        trainerAt = Caller.of(testData.person("sem-trainer-at", Role.TRAINER, Country.AT, Profession.LAWYER));
    }

    @AfterEach
    void clean() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    private SeminarDetails details(
            String city, int capacity, LocalDate start, LocalDate end, List<SessionDetails> sessions) {
        return new SeminarDetails(
                Map.of(
                        Language.EN,
                        new SeminarText("Residence rights", "Two days on permits."),
                        Language.DE,
                        new SeminarText("Aufenthaltsrecht", "Zwei Tage zu Aufenthaltstiteln.")),
                city,
                "Community hall",
                start,
                end,
                capacity,
                Set.of(trainerAt.accountId()),
                Set.of(),
                20,
                15,
                30,
                0,
                sessions);
    }

    private static SessionDetails session(LocalDate day, int fromHour) {
        return new SessionDetails(
                null, day, LocalTime.of(fromHour, 0), LocalTime.of(fromHour + 3, 0), "Room 1", new BigDecimal("3.00"));
    }

    private Seminar seminar(String city, int capacity) {
        return seminars.create(
                coordinatorAt,
                Country.AT,
                details(
                        "Testville-" + city,
                        capacity,
                        START,
                        START.plusDays(1),
                        List.of(session(START, 9), session(START.plusDays(1), 9))));
    }

    private Account participant(String name, Country country) {
        return testData.person(name, Role.PARTICIPANT, country, Profession.SOCIAL_WORKER);
    }

    /** The message keys of every problem a refusal names, sorted. */
    private static List<String> problems(Executable refused) {
        return assertThrows(ConstraintViolationException.class, refused).getConstraintViolations().stream()
                .map(ConstraintViolation::getMessageTemplate)
                .map(template -> template.substring(1, template.length() - 1))
                .sorted()
                .toList();
    }

    private long seminarCount() {
        return em.createQuery("select count(s) from Seminar s", Long.class).getSingleResult();
    }

    @Test
    void aCoordinatorManagesTheirOwnCountryOnly() {
        Seminar seminar = seminar("scope", 20);
        assertEquals(Country.AT, seminar.getCountry());
        assertEquals(2, seminar.getSessions().size());
        assertEquals(8, seminar.getInvitationCode().length());
        assertEquals("Aufenthaltsrecht", seminar.title(Language.DE));
        assertEquals("Residence rights", seminar.title(Language.RO), "English when the reader's language is missing");

        assertEquals(
                "error.access.otherCountry",
                assertThrows(AccessDeniedException.class, () -> seminars.get(coordinatorFr, seminar.getId()))
                        .messageKey());
        assertThrows(
                AccessDeniedException.class,
                () -> seminars.update(
                        coordinatorFr,
                        seminar.getId(),
                        seminar.getVersion(),
                        details("Testville-taken", 5, START, START, List.of(session(START, 9)))));
        assertThrows(AccessDeniedException.class, () -> seminars.cancel(coordinatorFr, seminar.getId(), "Not mine"));
        assertThrows(
                AccessDeniedException.class, () -> seminars.copy(coordinatorFr, seminar.getId(), START.plusDays(30)));
        assertThrows(AccessDeniedException.class, () -> seminars.forStaff(coordinatorFr, Country.AT));
        assertThrows(AccessDeniedException.class, () -> registrations.ofSeminar(coordinatorFr, seminar.getId()));
        assertThrows(
                AccessDeniedException.class,
                () -> seminars.create(
                        coordinatorFr,
                        Country.AT,
                        details("Testville-foreign", 5, START, START, List.of(session(START, 9)))));
        assertEquals(
                "seminar.error.notCoordinator",
                assertThrows(
                                AccessDeniedException.class,
                                () -> seminars.create(
                                        trainerAt,
                                        Country.AT,
                                        details("Testville-trainer", 5, START, START, List.of(session(START, 9)))))
                        .messageKey());
        assertEquals(
                "Testville-scope",
                seminars.get(coordinatorAt, seminar.getId()).getCity(),
                "unchanged by the refused edit");
        assertTrue(seminars.forStaff(trainerAt, null).stream()
                .anyMatch(s -> s.getId().equals(seminar.getId())));
        assertTrue(
                seminars.forStaff(ADMIN, null).stream().anyMatch(s -> s.getId().equals(seminar.getId())));
        Caller participant = Caller.of(participant("sem-learner", Country.AT));
        assertThrows(AccessDeniedException.class, () -> seminars.get(participant, seminar.getId()));
    }

    @Test
    void badDatesAreRefusedAndNothingIsStored() {
        long before = seminarCount();
        assertEquals(
                List.of("seminar.error.endBeforeStart"),
                problems(() -> seminars.create(
                        coordinatorAt,
                        Country.AT,
                        details("Testville-dates", 5, START, START.minusDays(1), List.of(session(START, 9))))));
        SessionDetails backwards =
                new SessionDetails(null, START, LocalTime.of(12, 0), LocalTime.of(9, 0), "Room", BigDecimal.ONE);
        assertEquals(
                List.of("seminar.error.sessionEndBeforeStart"),
                problems(() -> seminars.create(
                        coordinatorAt, Country.AT, details("Testville-dates", 5, START, START, List.of(backwards)))));
        assertEquals(
                List.of("seminar.error.sessionOutside"),
                problems(() -> seminars.create(
                        coordinatorAt,
                        Country.AT,
                        details("Testville-dates", 5, START, START, List.of(session(START.plusDays(3), 9))))));
        Caller trainerFr = Caller.of(testData.person("sem-trainer-fr", Role.TRAINER, Country.FR, Profession.LAWYER));
        SeminarDetails foreignTrainer = new SeminarDetails(
                Map.of(Language.EN, new SeminarText("T", "")),
                "Testville-t",
                "Hall",
                START,
                START,
                5,
                Set.of(trainerFr.accountId()),
                Set.of(),
                20,
                15,
                30,
                0,
                List.of(session(START, 9)));
        assertEquals(
                "seminar.error.trainer",
                assertThrows(
                                InvalidInputException.class,
                                () -> seminars.create(coordinatorAt, Country.AT, foreignTrainer))
                        .messageKey());
        assertEquals(before, seminarCount());
    }

    @Test
    void everyProblemOfASeminarIsReportedAtOnceAndNothingIsStored() {
        long before = seminarCount();
        SessionDetails noRoom = new SessionDetails(
                null, START.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0), " ", new BigDecimal("3"));
        SeminarDetails threeWrong = details(" ", 0, START, START.plusDays(1), List.of(session(START, 9), noRoom));
        assertEquals(
                List.of("seminar.error.capacity", "seminar.error.required.city", "seminar.error.sessionRoom"),
                problems(() -> seminars.create(coordinatorAt, Country.AT, threeWrong)));
        Seminar stored = seminar("all-problems", 20);
        long withTwice = stored.getSessions().get(0).getId();
        SessionDetails twice = new SessionDetails(
                withTwice, START, LocalTime.of(9, 0), LocalTime.of(12, 0), "Room 1", new BigDecimal("3"));
        assertEquals(
                List.of("seminar.error.endBeforeStart", "seminar.error.sessionTwice"),
                problems(() -> seminars.update(
                        coordinatorAt,
                        stored.getId(),
                        stored.getVersion(),
                        details("Testville-all-problems", 20, START, START.minusDays(1), List.of(twice, twice)))));
        assertEquals(before + 1, seminarCount());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        Seminar seminar = seminar("versions", 20);
        long version = seminar.getVersion();
        SessionDetails first = new SessionDetails(
                seminar.getSessions().get(0).getId(),
                START,
                LocalTime.of(10, 0),
                LocalTime.of(12, 30),
                "Room 2",
                new BigDecimal("2.50"));
        Seminar edited = seminars.update(
                coordinatorAt,
                seminar.getId(),
                version,
                details("Testville-versions", 30, START, START.plusDays(1), List.of(first)));
        assertEquals(1, edited.getSessions().size(), "the second session was removed");
        assertEquals(new BigDecimal("2.50"), edited.getSessions().get(0).getHours());
        assertEquals(
                "seminar.error.changedMeanwhile",
                assertThrows(
                                ConflictException.class,
                                () -> seminars.update(
                                        coordinatorAt,
                                        seminar.getId(),
                                        version,
                                        details("Testville-stale", 5, START, START, List.of(first))))
                        .messageKey());
        assertEquals(30, seminars.get(coordinatorAt, seminar.getId()).getCapacity());
    }

    @Test
    void aSessionWithAttendanceCannotBeRemoved() {
        Seminar seminar = seminar("marks", 20);
        Account lena = participant("sem-lena", Country.AT);
        registrations.add(coordinatorAt, seminar.getId(), lena.getEmail());
        SeminarSession second = seminar.getSessions().get(1);
        rollCall.set(trainerAt, second.getId(), lena.getId(), MarkEntry.of(AttendanceStatus.PRESENT));
        SessionDetails keepFirst = new SessionDetails(
                seminar.getSessions().get(0).getId(),
                START,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0),
                "Room 1",
                new BigDecimal("3.00"));
        Seminar current = seminars.get(coordinatorAt, seminar.getId());
        assertEquals(
                "seminar.error.sessionHasMarks",
                assertThrows(
                                ConflictException.class,
                                () -> seminars.update(
                                        coordinatorAt,
                                        seminar.getId(),
                                        current.getVersion(),
                                        details("Testville-marks", 20, START, START.plusDays(1), List.of(keepFirst))))
                        .messageKey());
        assertEquals(
                2, seminars.get(coordinatorAt, seminar.getId()).getSessions().size());
    }

    @Test
    void theWaitingListMovesUpWhenASeatIsFreedOrAdded() {
        Seminar seminar = seminar("seats", 2);
        Account a = participant("sem-a", Country.AT);
        Account b = participant("sem-b", Country.AT);
        Account c = participant("sem-c", Country.AT);
        Account d = participant("sem-d", Country.AT);
        assertEquals(
                RegistrationStatus.REGISTERED,
                registrations.add(coordinatorAt, seminar.getId(), a.getEmail()).getStatus());
        assertEquals(
                RegistrationStatus.REGISTERED,
                registrations
                        .join(Caller.of(b), seminar.getInvitationCode().toLowerCase())
                        .getStatus());
        assertEquals(
                RegistrationStatus.WAITING,
                registrations.add(coordinatorAt, seminar.getId(), c.getEmail()).getStatus());
        assertEquals(
                RegistrationStatus.WAITING,
                registrations.add(coordinatorAt, seminar.getId(), d.getEmail()).getStatus());
        assertEquals(
                RegistrationStatus.WAITING,
                registrations.add(coordinatorAt, seminar.getId(), c.getEmail()).getStatus(),
                "registering twice changes nothing");

        registrations.cancel(Caller.of(a), seminar.getId(), a.getId());
        assertEquals(
                RegistrationStatus.CANCELLED,
                registrations.find(seminar.getId(), a.getId()).orElseThrow().getStatus());
        assertEquals(
                RegistrationStatus.REGISTERED,
                registrations.find(seminar.getId(), c.getId()).orElseThrow().getStatus(),
                "first in line");
        assertEquals(
                RegistrationStatus.WAITING,
                registrations.find(seminar.getId(), d.getId()).orElseThrow().getStatus());

        Seminar current = seminars.get(coordinatorAt, seminar.getId());
        List<SessionDetails> sessions = current.getSessions().stream()
                .map(s -> new SessionDetails(
                        s.getId(), s.getHeldOn(), s.getStartsAt(), s.getEndsAt(), s.getRoom(), s.getHours()))
                .toList();
        seminars.update(
                coordinatorAt,
                seminar.getId(),
                current.getVersion(),
                details("Testville-seats", 3, START, START.plusDays(1), sessions));
        assertEquals(
                RegistrationStatus.REGISTERED,
                registrations.find(seminar.getId(), d.getId()).orElseThrow().getStatus(),
                "a larger capacity gives the seat to the next one waiting");
        assertEquals(3, registrations.seatsTaken(seminar.getId()));

        assertEquals(
                RegistrationStatus.WAITING,
                registrations.join(Caller.of(a), seminar.getInvitationCode()).getStatus(),
                "coming back after withdrawing joins the end of the queue");
    }

    @Test
    void participantsRegisterForTheirOwnCountryWithAValidCode() {
        Seminar seminar = seminar("codes", 5);
        Account french = participant("sem-french", Country.FR);
        assertEquals(
                "registration.error.otherCountry",
                assertThrows(
                                InvalidInputException.class,
                                () -> registrations.join(Caller.of(french), seminar.getInvitationCode()))
                        .messageKey());
        assertEquals(
                "registration.error.code",
                assertThrows(InvalidInputException.class, () -> registrations.join(Caller.of(french), "NOPE1234"))
                        .messageKey());
        assertEquals(
                "registration.error.noAccount",
                assertThrows(
                                InvalidInputException.class,
                                () -> registrations.add(coordinatorAt, seminar.getId(), "nobody@it.example.org"))
                        .messageKey());
        assertEquals(
                "registration.error.noAccount",
                assertThrows(
                                InvalidInputException.class,
                                () -> registrations.add(coordinatorAt, seminar.getId(), french.getEmail()))
                        .messageKey(),
                "an account of another country reads like no account at all");
        assertThrows(
                AccessDeniedException.class,
                () -> registrations.add(coordinatorFr, seminar.getId(), french.getEmail()));
        assertEquals(0, registrations.ofSeminar(coordinatorAt, seminar.getId()).size());
    }

    @Test
    void theLastSeatGoesToExactlyOneOfManyAtOnce() throws Exception {
        Seminar seminar = seminar("race", 1);
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(participant("sem-race-" + i, Country.AT));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (Account person : people) {
            results.add(executor.submit(() -> {
                start.await();
                return registrations
                        .join(Caller.of(person), seminar.getInvitationCode())
                        .getStatus();
            }));
        }
        start.countDown();
        long seated = 0;
        for (Future<RegistrationStatus> result : results) {
            seated += result.get() == RegistrationStatus.REGISTERED ? 1 : 0;
        }
        assertEquals(1, seated);
        assertEquals(1, registrations.seatsTaken(seminar.getId()));
        assertEquals(7, registrations.waiting(seminar.getId()));
    }

    @Test
    void theSamePersonRegisteredManyTimesAtOnceIsRegisteredOnceAndTheOthersLearnIt() throws Exception {
        Seminar seminar = seminar("same-person", 5);
        Account person = participant("sem-twice", Country.AT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Registrations.Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(executor.submit(() -> {
                start.await();
                return registrations.addOnce(coordinatorAt, seminar.getId(), person.getEmail());
            }));
        }
        start.countDown();
        long created = 0;
        for (Future<Registrations.Outcome> result : results) {
            Registrations.Outcome outcome = result.get();
            assertEquals(person.getId(), outcome.registration().getAccountId());
            created += outcome.created() ? 1 : 0;
        }
        assertEquals(1, created, "exactly one call made the registration");
        assertEquals(1, registrations.ofSeminar(coordinatorAt, seminar.getId()).size());
        assertEquals(1, registrations.seatsTaken(seminar.getId()));
    }

    @Test
    void aCopyMovesTheSessionsAndLeavesThePeopleBehind() {
        Seminar seminar = seminar("copy", 12);
        registrations.add(
                coordinatorAt,
                seminar.getId(),
                participant("sem-copied", Country.AT).getEmail());
        Seminar copy = seminars.copy(coordinatorAt, seminar.getId(), START.plusDays(7));
        assertNotEquals(seminar.getId(), copy.getId());
        assertNotEquals(seminar.getInvitationCode(), copy.getInvitationCode());
        assertEquals(START.plusDays(7), copy.getStartsOn());
        assertEquals(START.plusDays(8), copy.getEndsOn());
        assertEquals(
                List.of(START.plusDays(7), START.plusDays(8)),
                copy.getSessions().stream().map(SeminarSession::getHeldOn).toList());
        assertEquals(seminar.getTexts().keySet(), copy.getTexts().keySet());
        assertEquals(Set.of(trainerAt.accountId()), copy.getTrainerIds());
        assertEquals(12, copy.getCapacity());
        assertEquals(0, registrations.ofSeminar(coordinatorAt, copy.getId()).size());
    }

    @Test
    void aCancelledSeminarNeedsANoticeAndTakesNoOneMore() {
        Seminar seminar = seminar("cancel", 5);
        assertEquals(
                "seminar.error.notice",
                assertThrows(InvalidInputException.class, () -> seminars.cancel(coordinatorAt, seminar.getId(), "  "))
                        .messageKey());
        assertTrue(!seminars.get(coordinatorAt, seminar.getId()).isCancelled());
        seminars.cancel(coordinatorAt, seminar.getId(), "The venue is closed; we will set a new date.");
        Seminar cancelled = seminars.get(coordinatorAt, seminar.getId());
        assertTrue(cancelled.isCancelled());
        assertEquals("The venue is closed; we will set a new date.", cancelled.getCancelNotice());
        Account late = participant("sem-late", Country.AT);
        AcademyException refusal = assertThrows(
                ConflictException.class, () -> registrations.join(Caller.of(late), seminar.getInvitationCode()));
        assertEquals("seminar.error.cancelled", refusal.messageKey());
        assertTrue(seminars.upcoming(Caller.of(late)).stream()
                .noneMatch(s -> s.getId().equals(seminar.getId())));
    }
}
