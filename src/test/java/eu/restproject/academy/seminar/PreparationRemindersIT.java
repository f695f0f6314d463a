package eu.restproject.academy.seminar;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.content.BundlePublisher;
import eu.restproject.academy.content.Bundles;
import eu.restproject.academy.learning.Progress;
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
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder of pre-seminar modules not yet done, seven days (the default) before a seminar: only
 * the modules a participant has not completed, named in their language with links, once; nothing for
 * someone who completed them all or turned learning messages off.
 */
@ExtendWith(ArquillianExtension.class)
class PreparationRemindersIT {

    private static final LocalDate START = LocalDate.now(Country.AT.zone()).plusDays(45);
    private static final String FIRST = "it-prep-first";
    private static final String SECOND = "it-prep-second";

    @Inject
    private TestData testData;

    @Inject
    private BundlePublisher publisher;

    @Inject
    private Progress progress;

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

    private Caller coordinator;
    private Seminar seminar;

    private Instant began;

    @BeforeEach
    void seminarWithTwoModules() {
        began = Instant.now();
        clean();
        publish(FIRST, "Rights of victims", "Opferrechte");
        publish(SECOND, "Residence permits", "Aufenthaltstitel");
        coordinator = Caller.of(testData.person("prep-coord", Role.COORDINATOR, Country.AT, Profession.NGO_STAFF));
        seminar = seminars.create(
                coordinator,
                Country.AT,
                new SeminarDetails(
                        Map.of(
                                Language.EN,
                                new SeminarText("Protection", "Three days."),
                                Language.DE,
                                new SeminarText("Schutz", "Drei Tage.")),
                        "Testville-prep",
                        "Community hall",
                        START,
                        START,
                        20,
                        Set.of(),
                        Set.of(FIRST, SECOND),
                        20,
                        15,
                        30,
                        0,
                        List.of(new SessionDetails(
                                null,
                                START,
                                LocalTime.of(9, 0),
                                LocalTime.of(17, 0),
                                "Room 3",
                                new BigDecimal("7.00")))));
    }

    @AfterEach
    void clean() {
        testData.removeTestModules();
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void onlyTheModulesNotYetDoneAreNamedOnceInTheParticipantsLanguage() throws Exception {
        TestMailServer.start();
        Account half = seated("prep-half");
        complete(half, FIRST);
        update(half, account -> account.chooseLanguage(Language.DE));

        reminders.remind(at(START.minusDays(7), 8, 59));
        assertEquals(0, messagesTo(half).size(), "not before the morning seven days before");
        reminders.remind(at(START.minusDays(7), 9, 0));
        reminders.remind(at(START.minusDays(3), 9, 0));
        assertEquals(1, messagesTo(half).size());

        sender.drain("preparation-it", Instant.now());
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(half.getEmail(), 1, Duration.ofSeconds(10));
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Vor dem Seminar „Schutz“: Module abschließen – REST Academy", mail.getSubject());
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertTrue(text.contains("Bitte schließen Sie bis dahin dieses vorbereitende Modul ab:"), text);
        assertTrue(
                text.contains("• Aufenthaltstitel: https://academy.example.org/learn/module.xhtml?id=" + SECOND), text);
        assertFalse(text.contains("Opferrechte"), "a completed module is not asked for: " + text);
        assertTrue(text.contains("https://academy.example.org/learn/my-learning.xhtml"), text);
    }

    @Test
    void bothModulesAreNamedWhenNoneIsDone() {
        Account none = seated("prep-none");

        reminders.remind(at(START.minusDays(7), 9, 0));

        List<OutboxMessage> messages = messagesTo(none);
        assertEquals(1, messages.size());
        String text = messages.get(0).getTextBody();
        assertTrue(text.contains("Please complete these 2 pre-seminar modules before then:"), text);
        assertTrue(
                text.contains("• Residence permits: https://academy.example.org/learn/module.xhtml?id=" + SECOND),
                text);
        assertTrue(
                text.contains("• Rights of victims: https://academy.example.org/learn/module.xhtml?id=" + FIRST), text);
    }

    @Test
    void nothingForSomeoneWhoCompletedEverythingOrTurnedLearningMessagesOff() throws Exception {
        Account done = seated("prep-done");
        complete(done, FIRST);
        complete(done, SECOND);
        Account declined = seated("prep-declined");
        update(declined, account -> account.decline(EnumSet.of(MailTopic.LEARNING)));

        reminders.remind(at(START.minusDays(7), 9, 0));

        assertEquals(0, messagesTo(done).size());
        assertEquals(0, messagesTo(declined).size());
        SeminarReminder decided = em.find(
                SeminarReminder.class, SeminarReminder.key(seminar.getId(), done.getId(), ReminderKind.PREPARATION));
        assertFalse(decided.isWritten(), "decided once, without a message");
    }

    private void publish(String id, String english, String german) {
        Map<String, byte[]> files = Bundles.version(id, "1.0.0", "new", "", "At least 30 days.\n");
        String manifest = new String(files.get("module.yaml"), StandardCharsets.UTF_8)
                .replace("en: Test module", "en: " + english)
                .replace("de: Testmodul", "de: " + german);
        files.put("module.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        Bundles.publishUpload(publisher, files);
    }

    private Account seated(String name) {
        Account person = testData.person(name, Role.PARTICIPANT, Country.AT, Profession.LAWYER);
        registrations.add(coordinator, seminar.getId(), email(name));
        testData.forgetMailTo(person.getEmail());
        return person;
    }

    private void complete(Account person, String moduleId) {
        progress.complete(Caller.of(person), moduleId, "first-lesson");
        progress.complete(Caller.of(person), moduleId, "second-lesson");
        assertTrue(progress.of(person.getId(), moduleId).isModuleCompleted());
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Country.AT.zone()).toInstant();
    }

    private List<OutboxMessage> messagesTo(Account person) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(person.getEmail()))
                // The database outlives the run (PostgreSQL, the H2 folder): earlier runs' messages are not this
                // test's.
                .filter(m -> !m.getCreatedAt().isBefore(began))
                .filter(m -> m.getTopic() == MailTopic.LEARNING)
                .toList();
    }

    private void update(Account person, java.util.function.Consumer<Account> change) throws Exception {
        transaction.begin();
        change.accept(em.find(Account.class, person.getId()));
        transaction.commit();
    }
}
