package eu.restproject.academy.seminar;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder the day before a seminar, decided at chosen instants on the real database and read back
 * from a real SMTP server: not before the reminder time, once however often and however concurrently
 * it is decided, late after a node's downtime but never once the seminar began, never for a cancelled
 * seminar, a waiting participant or someone who turned reminders off.
 */
@ExtendWith(ArquillianExtension.class)
class SeminarRemindersIT {

    /** Far enough ahead that no other test's seminar shares its reminder time. */
    private static final LocalDate START = LocalDate.now(Country.AT.zone()).plusDays(40);

    @Inject
    private TestData testData;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private SeminarReminders reminders;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSender sender;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Resource
    private ManagedExecutorService executor;

    private Caller coordinator;

    private Instant began;

    @BeforeEach
    void people() {
        began = Instant.now();
        clean();
        coordinator = Caller.of(testData.person("rem-coord", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
    }

    @AfterEach
    void clean() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void notBeforeTheReminderTimeThenOnceWhateverHowOftenItIsDecided() {
        Seminar seminar = seminar("once", 1);
        Account seated = seated("rem-once", seminar);
        Account waiting = seated("rem-once-waiting", seminar);
        assertEquals(
                RegistrationStatus.WAITING,
                registrations
                        .find(seminar.getId(), waiting.getId())
                        .orElseThrow()
                        .getStatus());

        reminders.remind(at(START.minusDays(1), 8, 59));
        assertEquals(0, messagesTo(seated).size(), "not before 09:00 the day before");

        assertEquals(1, reminders.remind(at(START.minusDays(1), 9, 0)));
        reminders.remind(at(START.minusDays(1), 9, 5));
        reminders.remind(at(START, 8, 0));

        List<OutboxMessage> messages = messagesTo(seated);
        assertEquals(1, messages.size());
        assertEquals(MailTopic.SEMINAR_REMINDERS, messages.get(0).getTopic());
        assertEquals("seminar.ics", messages.get(0).getAttachmentName());
        assertEquals(0, messagesTo(waiting).size(), "a waiting participant has no seat to be reminded of");
    }

    @Test
    void twoNodesDecidingAtTheSameMomentWriteEachReminderOnce() throws Exception {
        Seminar seminar = seminar("race", 20);
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(seated("rem-race-" + i, seminar));
        }
        Instant due = at(START.minusDays(1), 9, 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> nodes = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            nodes.add(executor.submit(() -> {
                go.await();
                return reminders.remind(due);
            }));
        }
        go.countDown();
        int written = 0;
        for (Future<Integer> node : nodes) {
            written += node.get();
        }

        assertEquals(people.size(), written, "between them, the two nodes wrote each reminder once");
        for (Account person : people) {
            assertEquals(1, messagesTo(person).size(), person.getEmail());
        }
    }

    @Test
    void aNodeThatWasDownRemindsLateButNeverOnceTheSeminarBegan() {
        Seminar seminar = seminar("late", 20);
        Account early = seated("rem-late-early", seminar);

        reminders.remind(at(START, 9, 29));
        assertEquals(1, messagesTo(early).size(), "the morning of the seminar, a minute before it begins");

        Account latecomer = seated("rem-late-latecomer", seminar);
        reminders.remind(at(START, 9, 30));
        reminders.remind(at(START.plusDays(1), 9, 0));
        assertEquals(0, messagesTo(latecomer).size(), "the seminar has begun");
    }

    @Test
    void noReminderForACancelledSeminar() {
        Seminar seminar = seminar("cancelled", 20);
        Account seated = seated("rem-cancelled", seminar);
        seminars.cancel(coordinator, seminar.getId(), "The venue is closed.");

        assertEquals(0, reminders.remind(at(START.minusDays(1), 9, 0)));
        assertEquals(0, messagesTo(seated).size());
    }

    @Test
    void noReminderForSomeoneWhoTurnedRemindersOffAndNoneLaterEither() throws Exception {
        Seminar seminar = seminar("declined", 20);
        Account declined = seated("rem-declined", seminar);
        Account wanted = seated("rem-wanted", seminar);
        update(declined, account -> account.decline(EnumSet.of(MailTopic.SEMINAR_REMINDERS)));

        reminders.remind(at(START.minusDays(1), 9, 0));

        assertEquals(0, messagesTo(declined).size());
        assertEquals(1, messagesTo(wanted).size());
        SeminarReminder decided = em.find(
                SeminarReminder.class, SeminarReminder.key(seminar.getId(), declined.getId(), ReminderKind.DAY_BEFORE));
        assertFalse(decided.isWritten(), "decided once, without a message");

        update(declined, account -> account.decline(EnumSet.noneOf(MailTopic.class)));
        reminders.remind(at(START.minusDays(1), 10, 0));
        assertEquals(0, messagesTo(declined).size(), "the decision stands");
    }

    @Test
    void theLetterArrivesInTheParticipantsLanguageWithTheSessionsAndAValidCalendarFile() throws Exception {
        TestMailServer.start();
        Seminar seminar = seminar("letter", 20);
        Account anna = seated("rem-letter-de", seminar);
        update(anna, account -> account.chooseLanguage(Language.DE));

        reminders.remind(at(START.minusDays(1), 9, 0));
        sender.drain("reminders-it", Instant.now());

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(anna.getEmail(), 1, Duration.ofSeconds(10));
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(Locale.GERMAN)
                .format(START);
        assertEquals("Erinnerung: Aufenthaltsrecht am " + day + " – REST Academy", mail.getSubject());
        assertEquals("de", mail.getHeader("Content-Language", null));
        MimeMultipart mixed = (MimeMultipart) mail.getContent();
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        assertTrue(text.contains("Es beginnt am " + day + " um 09:30 Uhr."), text);
        assertTrue(text.contains("Ort: Community hall, Testville-letter"), text);
        assertTrue(text.contains("• " + day + ", 09:30–12:30 Uhr, Raum Room 1"), text);
        assertTrue(text.contains("Raum Room 2"), text);
        assertTrue(text.contains("https://academy.example.org/seminars/index.xhtml"), text);

        BodyPart file = mixed.getBodyPart(1);
        assertTrue(file.getContentType().startsWith("text/calendar"), file.getContentType());
        assertEquals("seminar.ics", file.getFileName());
        Calendar calendar = CalendarFiles.valid(content(file));
        assertEquals(
                seminar.getSessions().stream()
                        .map(SeminarCalendar::uid)
                        .sorted()
                        .toList(),
                CalendarFiles.uids(calendar));
        assertTrue(content(file).contains("SUMMARY:Termin 1 von 2: Aufenthaltsrecht"), content(file));
    }

    private Seminar seminar(String city, int capacity) {
        return seminars.create(
                coordinator,
                Country.AT,
                SeminarFixtures.details(
                        Map.of(
                                Language.EN,
                                new SeminarText("Residence rights", "Two days on permits."),
                                Language.DE,
                                new SeminarText("Aufenthaltsrecht", "Zwei Tage zu Aufenthaltstiteln.")),
                        "Testville-" + city,
                        "Community hall",
                        START,
                        START.plusDays(1),
                        capacity,
                        List.of(
                                new SessionDetails(
                                        null,
                                        START,
                                        LocalTime.of(9, 30),
                                        LocalTime.of(12, 30),
                                        "Room 1",
                                        new BigDecimal("3.00")),
                                new SessionDetails(
                                        null,
                                        START.plusDays(1),
                                        LocalTime.of(9, 0),
                                        LocalTime.of(12, 0),
                                        "Room 2",
                                        new BigDecimal("3.00")))));
    }

    private Account seated(String name, Seminar seminar) {
        Account person = testData.person(name, Role.PARTICIPANT, Country.AT, Profession.SOCIAL_WORKER);
        registrations.add(coordinator, seminar.getId(), email(name));
        testData.forgetMailTo(person.getEmail());
        return person;
    }

    /** A local time in Vienna, where the test seminars are held. */
    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Country.AT.zone()).toInstant();
    }

    private List<OutboxMessage> messagesTo(Account person) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(person.getEmail()))
                // The database outlives the run (PostgreSQL, the H2 folder): earlier runs' messages are not this
                // test's.
                .filter(m -> !m.getCreatedAt().isBefore(began))
                .filter(m -> m.getTopic() == MailTopic.SEMINAR_REMINDERS)
                .toList();
    }

    private void update(Account person, java.util.function.Consumer<Account> change) throws Exception {
        transaction.begin();
        change.accept(em.find(Account.class, person.getId()));
        transaction.commit();
    }

    private static String content(BodyPart part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getInputStream().transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
