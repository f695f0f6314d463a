package eu.restproject.academy.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.AccessDeniedException;
import eu.restproject.academy.platform.ConflictException;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.platform.TooManyAttemptsException;
import eu.restproject.academy.platform.UnfitInputException;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check-in and roll call on the real database. The seminar lies a month ahead (so that registration
 * is open) and the check-in clock is set to its session: 09:00–13:00 in Vienna, opening 30 minutes
 * before, 15 minutes' grace, codes changing every 20 seconds.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

    private static final Caller COORDINATOR_AT =
            new Caller(-2, "coordinator.at@it.example.org", EnumSet.of(Role.COORDINATOR), Country.AT);
    private static final LocalDate DAY = LocalDate.now(Country.AT.zone()).plusDays(30);

    @Inject
    private TestData testData;

    @Inject
    private CheckInFixtures fixtures;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private CheckIns checkIns;

    @Inject
    private RollCall rollCall;

    private Caller trainer;
    private Seminar seminar;
    private SeminarSession session;

    @BeforeEach
    void aSeminarWithASession() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
        trainer = account("checkin-trainer", Role.TRAINER, Country.AT);
        seminar = seminar("Testville-checkin", 60);
        session = seminar.getSessions().get(0);
        at(LocalTime.of(9, 5));
    }

    @AfterEach
    void realClock() {
        checkIns.useClock(Clock.systemUTC());
        rollCall.useClock(Clock.systemUTC());
    }

    /** Accounts that never sign in, made without the slow password hash. */
    private Caller account(String localPart, Role role, Country country) {
        return Caller.of(testData.person(localPart, role, country, Profession.SOCIAL_WORKER));
    }

    @Test
    void twentyScansAtOnceMakeOneMarkAndOneAuditRow() throws Exception {
        Caller anna = participant("checkin-anna");
        String code = code();
        List<CheckIn> results = concurrently(20, i -> () -> checkIns.checkIn(anna, session.getId(), code));
        assertEquals(1, fixtures.marks(session.getId(), anna.accountId()));
        assertEquals(1, fixtures.changes(session.getId(), anna.accountId()));
        assertEquals(19, results.stream().filter(CheckIn::repeated).count(), "all but the first are repeats");
        assertTrue(results.stream().allMatch(r -> r.status() == AttendanceStatus.PRESENT));
        assertEquals(1, checkIns.checkedIn(session.getId()));
    }

    @Test
    void fiftyParticipantsAtOnceMakeFiftyMarks() throws Exception {
        List<Caller> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(participant("checkin-many-" + i));
        }
        String code = code();
        List<CheckIn> results = concurrently(50, i -> () -> checkIns.checkIn(people.get(i), session.getId(), code));
        assertEquals(50, fixtures.marks(session.getId()));
        assertTrue(results.stream().noneMatch(CheckIn::repeated));
        assertEquals(50, checkIns.screen(trainer, session.getId()).checkedIn());
    }

    @Test
    void tenWrongCodesLockThePersonOutForFiveMinutes() {
        Caller guesser = participant("checkin-guesser");
        Caller neighbour = participant("checkin-neighbour");
        String wrong = code().equals("ABC234") ? "ABC235" : "ABC234";
        for (int i = 0; i < 10; i++) {
            assertThrows(UnfitInputException.class, () -> checkIns.checkIn(guesser, session.getId(), wrong));
        }
        TooManyAttemptsException locked = assertThrows(
                TooManyAttemptsException.class,
                () -> checkIns.checkIn(guesser, session.getId(), code()),
                "the right code too, while locked");
        assertEquals("checkin.error.throttled", locked.messageKey());
        assertEquals(300, locked.retryAfterSeconds());
        assertThrows(TooManyAttemptsException.class, () -> checkIns.checkIn(guesser, code()));
        assertEquals(0, fixtures.marks(session.getId(), guesser.accountId()));
        assertEquals(
                AttendanceStatus.PRESENT,
                checkIns.checkIn(neighbour, session.getId(), code()).status(),
                "others are not affected");

        at(LocalTime.of(9, 11));
        assertEquals(
                AttendanceStatus.PRESENT,
                checkIns.checkIn(guesser, session.getId(), code()).status());
        for (int i = 0; i < 12; i++) {
            assertTrue(checkIns.checkIn(guesser, session.getId(), code()).repeated(), "right scans are never counted");
        }
    }

    @Test
    void onlyThoseHoldingASeatCheckIn() {
        Caller stranger = account("checkin-stranger", Role.PARTICIPANT, Country.AT);
        assertEquals(
                "checkin.error.notRegistered",
                assertThrows(AccessDeniedException.class, () -> checkIns.checkIn(stranger, session.getId(), code()))
                        .messageKey());
        assertEquals(0, fixtures.marks(session.getId()));

        Seminar small = seminar("Testville-checkin-small", 1);
        participantOf(small, "checkin-seated");
        Caller waiting = participantOf(small, "checkin-waiting");
        assertEquals(
                RegistrationStatus.WAITING,
                registrations
                        .find(small.getId(), waiting.accountId())
                        .orElseThrow()
                        .getStatus());
        SeminarSession smallSession = small.getSessions().get(0);
        String smallCode =
                new CheckInCodes(smallSession.tokenSecret(), smallSession.getId(), 20).codeAt(checkInClock());
        assertEquals(
                "checkin.error.notRegistered",
                assertThrows(
                                AccessDeniedException.class,
                                () -> checkIns.checkIn(waiting, smallSession.getId(), smallCode))
                        .messageKey());
        assertEquals(0, fixtures.marks(smallSession.getId()));
    }

    @Test
    void onlyWhileTheSessionTakesCheckIns() {
        Caller bea = participant("checkin-bea");
        at(LocalTime.of(8, 29));
        assertEquals(
                "checkin.error.notYetOpen",
                assertThrows(ConflictException.class, () -> checkIns.checkIn(bea, session.getId(), code()))
                        .messageKey());
        at(LocalTime.of(8, 30));
        assertEquals(
                AttendanceStatus.PRESENT,
                checkIns.checkIn(participant("checkin-early"), session.getId(), code())
                        .status());
        at(LocalTime.of(9, 16));
        assertEquals(
                AttendanceStatus.LATE,
                checkIns.checkIn(participant("checkin-late"), session.getId(), code())
                        .status());
        at(LocalTime.of(13, 0));
        assertEquals(
                "checkin.error.closed",
                assertThrows(ConflictException.class, () -> checkIns.checkIn(bea, session.getId(), code()))
                        .messageKey());
        at(LocalTime.of(9, 30));
        rollCall.close(COORDINATOR_AT, session.getId());
        assertEquals(
                "checkin.error.closed",
                assertThrows(ConflictException.class, () -> checkIns.checkIn(bea, session.getId(), code()))
                        .messageKey());
        assertEquals(0, fixtures.marks(session.getId(), bea.accountId()));
    }

    @Test
    void expiredAndForgedCodesAreRefused() {
        Caller cleo = participant("checkin-cleo");
        String old = code();
        at(LocalTime.of(9, 5, 40));
        UnfitInputException expired =
                assertThrows(UnfitInputException.class, () -> checkIns.checkIn(cleo, session.getId(), old));
        assertEquals("checkin.error.code", expired.messageKey());
        String forged = old.equals("ABCDEF") ? "ABCDEG" : "ABCDEF";
        assertThrows(UnfitInputException.class, () -> checkIns.checkIn(cleo, session.getId(), forged));
        assertThrows(UnfitInputException.class, () -> checkIns.checkIn(cleo, session.getId(), null));
        assertEquals(0, fixtures.marks(session.getId(), cleo.accountId()));
        assertFalse(checkIns.checkIn(cleo, code().toLowerCase()).repeated(), "the typed code alone finds the session");
        assertEquals(1, fixtures.marks(session.getId(), cleo.accountId()));
    }

    @Test
    void theRollCallKeepsEveryChangeWithBeforeAndAfter() {
        Caller dora = participant("checkin-dora");
        checkIns.checkIn(dora, session.getId(), code());
        rollCall.set(
                trainer,
                session.getId(),
                dora.accountId(),
                new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("2.5"), null, "left at the break"));
        rollCall.set(
                trainer,
                session.getId(),
                dora.accountId(),
                new MarkEntry(AttendanceStatus.EXCUSED, null, "Court hearing", null));
        assertThrows(
                InvalidInputException.class,
                () -> rollCall.set(
                        trainer,
                        session.getId(),
                        dora.accountId(),
                        new MarkEntry(AttendanceStatus.EXCUSED, null, " ", null)));

        List<AttendanceChange> history = rollCall.history(trainer, session.getId());
        assertEquals(3, history.size());
        AttendanceChange latest = history.get(0);
        assertEquals(trainer.accountId(), latest.getChangedBy());
        assertEquals(MarkSource.ROLL_CALL, latest.getSource());
        assertEquals(
                new MarkEntry(AttendanceStatus.PRESENT, new BigDecimal("2.50"), null, "left at the break"),
                latest.before());
        assertEquals(new MarkEntry(AttendanceStatus.EXCUSED, null, "Court hearing", null), latest.after());
        assertNull(history.get(2).before(), "the check-in was the first mark");
        assertEquals(MarkSource.CHECK_IN, history.get(2).getSource());
        RollCallLine line = rollCall.lines(trainer, session.getId()).get(0);
        assertEquals(AttendanceStatus.EXCUSED, line.mark().getStatus());
    }

    @Test
    void afterClosingOnlyTheCoordinatorChangesMarks() {
        Caller emil = participant("checkin-emil");
        rollCall.close(COORDINATOR_AT, session.getId());
        assertEquals(
                "rollcall.error.closed",
                assertThrows(
                                AccessDeniedException.class,
                                () -> rollCall.set(
                                        trainer,
                                        session.getId(),
                                        emil.accountId(),
                                        MarkEntry.of(AttendanceStatus.PRESENT)))
                        .messageKey());
        assertEquals(
                AttendanceStatus.ABSENT,
                rollCall.set(COORDINATOR_AT, session.getId(), emil.accountId(), MarkEntry.of(AttendanceStatus.ABSENT))
                        .getStatus());
        rollCall.reopen(COORDINATOR_AT, session.getId());
        assertEquals(
                AttendanceStatus.PRESENT,
                rollCall.set(trainer, session.getId(), emil.accountId(), MarkEntry.of(AttendanceStatus.PRESENT))
                        .getStatus());
    }

    @Test
    void trainersOfAnotherCountryAreRefused() {
        Caller fanny = participant("checkin-fanny");
        Caller trainerFr = account("checkin-trainer-fr", Role.TRAINER, Country.FR);
        assertEquals(
                "error.access.otherCountry",
                assertThrows(
                                AccessDeniedException.class,
                                () -> rollCall.set(
                                        trainerFr,
                                        session.getId(),
                                        fanny.accountId(),
                                        MarkEntry.of(AttendanceStatus.PRESENT)))
                        .messageKey());
        assertThrows(AccessDeniedException.class, () -> checkIns.screen(trainerFr, session.getId()));
        assertThrows(AccessDeniedException.class, () -> rollCall.lines(trainerFr, session.getId()));
        Caller otherTrainerAt = account("checkin-trainer-at2", Role.TRAINER, Country.AT);
        assertEquals(
                "seminar.error.notTrainer",
                assertThrows(AccessDeniedException.class, () -> checkIns.screen(otherTrainerAt, session.getId()))
                        .messageKey());
        assertEquals(0, fixtures.marks(session.getId()));
    }

    @Test
    void signInSheetCodesRecordPresenceAndForgedOnesAreRefused() {
        Caller gina = participant("checkin-gina");
        String token = SheetTokens.issue(session, gina.accountId());
        String forged = session.getId() + "." + gina.accountId() + ".AAAAAAAAAAAAAAAAAAAAAA";
        assertEquals(
                "rollcall.error.sheetCode",
                assertThrows(InvalidInputException.class, () -> rollCall.markFromSheet(trainer, forged))
                        .messageKey());
        Caller other = participant("checkin-other");
        String altered = token.replace("." + gina.accountId() + ".", "." + other.accountId() + ".");
        assertThrows(InvalidInputException.class, () -> rollCall.markFromSheet(trainer, altered));
        assertEquals(0, fixtures.marks(session.getId()));

        AttendanceMark mark = rollCall.markFromSheet(trainer, token);
        assertEquals(AttendanceStatus.PRESENT, mark.getStatus());
        assertEquals(MarkSource.SIGN_IN_SHEET, mark.getSource());
        rollCall.markFromSheet(trainer, token);
        assertEquals(1, fixtures.changes(session.getId(), gina.accountId()), "a second scan changes nothing");
    }

    private Seminar seminar(String city, int capacity) {
        SeminarDetails details = new SeminarDetails(
                Map.of(Language.EN, new SeminarText("Check-in test", "")),
                city,
                "Hall",
                DAY,
                DAY,
                capacity,
                Set.of(trainer.accountId()),
                Set.of(),
                20,
                15,
                30,
                0,
                List.of(new SessionDetails(
                        null, DAY, LocalTime.of(9, 0), LocalTime.of(13, 0), "1", new BigDecimal("4.00"))));
        return seminars.create(COORDINATOR_AT, Country.AT, details);
    }

    private Caller participant(String name) {
        return participantOf(seminar, name);
    }

    private Caller participantOf(Seminar of, String name) {
        Caller caller = account(name, Role.PARTICIPANT, Country.AT);
        registrations.add(COORDINATOR_AT, of.getId(), caller.email());
        return caller;
    }

    private Instant checkInClock = Instant.EPOCH;

    private void at(LocalTime time) {
        checkInClock = DAY.atTime(time).atZone(Country.AT.zone()).toInstant();
        checkIns.useClock(Clock.fixed(checkInClock, ZoneOffset.UTC));
        rollCall.useClock(Clock.fixed(checkInClock, ZoneOffset.UTC));
    }

    private Instant checkInClock() {
        return checkInClock;
    }

    private String code() {
        return new CheckInCodes(session.tokenSecret(), session.getId(), 20).codeAt(checkInClock);
    }

    /** Runs {@code count} calls at once, each on its own thread of the server (with the application's context). */
    private static <T> List<T> concurrently(int count, IntFunction<Callable<T>> call) throws Exception {
        ManagedThreadFactory threads =
                (ManagedThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        CountDownLatch go = new CountDownLatch(1);
        List<FutureTask<T>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable<T> task = call.apply(i);
            FutureTask<T> future = new FutureTask<>(() -> {
                go.await();
                return task.call();
            });
            tasks.add(future);
            threads.newThread(future).start();
        }
        go.countDown();
        List<T> results = new ArrayList<>();
        for (FutureTask<T> task : tasks) {
            results.add(task.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
