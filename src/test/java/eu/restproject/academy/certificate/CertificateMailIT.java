package eu.restproject.academy.certificate;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.people.Account;
import eu.restproject.academy.people.Caller;
import eu.restproject.academy.people.Country;
import eu.restproject.academy.people.NewAccount;
import eu.restproject.academy.people.Profession;
import eu.restproject.academy.people.Role;
import eu.restproject.academy.people.SignUp;
import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.seminar.AttendanceStatus;
import eu.restproject.academy.seminar.MarkEntry;
import eu.restproject.academy.seminar.Registrations;
import eu.restproject.academy.seminar.RollCall;
import eu.restproject.academy.seminar.Seminar;
import eu.restproject.academy.seminar.SeminarFixtures;
import eu.restproject.academy.seminar.SeminarText;
import eu.restproject.academy.seminar.Seminars;
import eu.restproject.academy.seminar.SessionDetails;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The "your certificate was issued" letter against the real database and SMTP server, on a Moldovan
 * seminar of two sessions: closing the last session's attendance issues the missing certificates and
 * writes one letter per certificate, in the participant's language, with the download link and the
 * verification address; closing again, downloading and issuing again write nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateMailIT {

    private static final Caller COORDINATOR_MD =
            new Caller(-41, "coordinator.md@it.example.org", EnumSet.of(Role.COORDINATOR), Country.MD);

    @Inject
    private TestData testData;

    @Inject
    private SignUp signUp;

    @Inject
    private Seminars seminars;

    @Inject
    private Registrations registrations;

    @Inject
    private RollCall rollCall;

    @Inject
    private Certificates certificates;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSender sender;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private Instant began;
    private Seminar seminar;
    private long first;
    private long second;

    @BeforeEach
    void aSeminarOfTwoSessions() {
        began = Instant.now();
        TestMailServer.start();
        testData.removeTestSeminars();
        testData.removeTestAccounts();
        seminar = twoSessionSeminar();
        first = seminar.getSessions().get(0).getId();
        second = seminar.getSessions().get(1).getId();
    }

    private Seminar twoSessionSeminar() {
        LocalDate day = LocalDate.now(Country.MD.zone()).plusDays(10);
        return seminars.create(
                COORDINATOR_MD,
                Country.MD,
                SeminarFixtures.details(
                        Map.of(
                                Language.EN,
                                new SeminarText("Identifying victims", ""),
                                Language.RO,
                                new SeminarText("Identificarea victimelor", "")),
                        "Testville-certificate-mail",
                        "Sala mare",
                        day,
                        day.plusDays(1),
                        20,
                        List.of(session(day, "1"), session(day.plusDays(1), "2"))));
    }

    @AfterEach
    void cleanUp() {
        testData.removeTestSeminars();
        testData.removeTestAccounts();
    }

    @Test
    void closingTheLastSessionIssuesTheMissingCertificatesWithOneLetterEach() throws Exception {
        Account ana = participant("cert-mail-ana", "Ana Ștefănescu", Language.RO);
        Account bogdan = participant("cert-mail-bogdan", "Bogdan Țurcan", Language.EN);
        Account cristina = participant("cert-mail-cristina", "Cristina Popa", Language.RO);
        Account dan = participant("cert-mail-dan", "Dan Lungu", Language.RO);
        mark(first, ana, MarkEntry.of(AttendanceStatus.PRESENT));
        mark(second, ana, MarkEntry.of(AttendanceStatus.PRESENT));
        mark(first, bogdan, new MarkEntry(AttendanceStatus.LATE, new BigDecimal("2.5"), null, null));
        mark(first, cristina, MarkEntry.of(AttendanceStatus.ABSENT));
        mark(first, dan, MarkEntry.of(AttendanceStatus.PRESENT));
        String dansCode = certificates.issue(Caller.of(dan), seminar.getId()).code();

        rollCall.close(COORDINATOR_MD, first);
        assertEquals(List.of(), letters(ana), "a session is still open: attendance is not final yet");
        assertTrue(certificates.find(seminar.getId(), ana.getId()).isEmpty());

        rollCall.close(COORDINATOR_MD, second);
        assertTrue(seminars.getSession(second).isClosed(), "issuing certificates keeps the session closed");
        assertEquals(1, letters(ana).size());
        assertEquals(1, letters(bogdan).size());
        assertEquals(List.of(), letters(cristina), "no hours, no certificate");
        assertEquals(List.of(), letters(dan), "downloaded his own during the seminar: nothing new to announce");
        assertEquals(
                dansCode,
                certificates.find(seminar.getId(), dan.getId()).orElseThrow().getCode());

        rollCall.reopen(COORDINATOR_MD, second);
        rollCall.close(COORDINATOR_MD, second);
        CertificateContent anas = certificates.issue(Caller.of(ana), seminar.getId());
        certificates.issue(COORDINATOR_MD, seminar.getId(), bogdan.getId());
        assertEquals(1, letters(ana).size(), "closing again and downloading write nothing more");
        assertEquals(1, letters(bogdan).size());

        sender.drain("certificate-mail-it", Instant.now());
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(ana.getEmail(), 1, Duration.ofSeconds(10));
        TestMailServer.awaitMessagesTo(bogdan.getEmail(), 1, Duration.ofSeconds(10));
        sender.drain("certificate-mail-it", Instant.now());
        Thread.sleep(500);
        assertEquals(1, TestMailServer.messagesTo(ana.getEmail()).size(), "sent once");
        MimeMessage mail = received.get(0);
        assertEquals(
                "Certificatul dumneavoastră de participare: Identificarea victimelor – REST Academy",
                mail.getSubject());
        assertEquals("ro", mail.getHeader("Content-Language", null));
        String text = text(mail);
        assertTrue(text.startsWith("Bună ziua, Ana Ștefănescu,"), text);
        assertTrue(text.contains("seminarul „Identificarea victimelor”"), text);
        assertTrue(text.contains("Ore de participare: 8."), text);
        assertTrue(
                text.contains("Codul de verificare este " + anas.code() + ". "
                        + "Oricine căruia îi arătați certificatul, de exemplu angajatorul dumneavoastră, îl poate"
                        + " verifica la https://academy.example.org/verify.xhtml?code=" + anas.code()),
                text);
        assertTrue(
                text.contains("https://academy.example.org/seminars/certificate.xhtml?seminar=" + seminar.getId()),
                text);
        assertTrue(html(mail)
                .contains("<a href=\"https://academy.example.org/seminars/certificate.xhtml?seminar=" + seminar.getId()
                        + "\">Vedeți și descărcați certificatul (PDF)</a>"));

        MimeMessage english = TestMailServer.messagesTo(bogdan.getEmail()).get(0);
        assertEquals("Your certificate of attendance: Identifying victims – REST Academy", english.getSubject());
        assertTrue(text(english).contains("Hours attended: 2.5."), text(english));
    }

    @Test
    void aCoordinatorIssuingForSomeoneWritesToThemOnceTheirOwnDownloadDoesNot() {
        Account elena = participant("cert-mail-elena", "Elena Popa", Language.RO);
        Account felix = participant("cert-mail-felix", "Felix Moraru", Language.EN);
        mark(first, elena, MarkEntry.of(AttendanceStatus.PRESENT));
        mark(first, felix, MarkEntry.of(AttendanceStatus.PRESENT));

        certificates.issue(Caller.of(elena), seminar.getId());
        certificates.issue(Caller.of(elena), seminar.getId());
        assertEquals(List.of(), letters(elena), "she is looking at it");

        CertificateContent issued = certificates.issue(COORDINATOR_MD, seminar.getId(), felix.getId());
        certificates.issue(COORDINATOR_MD, seminar.getId(), felix.getId());
        certificates.issue(Caller.of(felix), seminar.getId());
        List<OutboxMessage> letters = letters(felix);
        assertEquals(1, letters.size(), "one letter per certificate, not per download");
        assertTrue(
                letters.get(0).getTextBody().contains(issued.code()),
                letters.get(0).getTextBody());
        assertTrue(
                letters.get(0).getTextBody().contains("Hours attended: 4."),
                letters.get(0).getTextBody());
    }

    @Test
    void aParticipantWhoTurnedLearningMailOffGetsTheCertificateButNoLetter() throws Exception {
        Account gina = participant("cert-mail-gina", "Gina Rusu", Language.RO);
        transaction.begin();
        em.find(Account.class, gina.getId()).decline(Set.of(MailTopic.LEARNING));
        transaction.commit();
        mark(first, gina, MarkEntry.of(AttendanceStatus.PRESENT));

        rollCall.close(COORDINATOR_MD, first);
        rollCall.close(COORDINATOR_MD, second);

        assertTrue(certificates.find(seminar.getId(), gina.getId()).isPresent());
        assertEquals(List.of(), letters(gina));
    }

    @Test
    void twoCoordinatorsClosingTheLastTwoSessionsAtOnceStillIssueOnce() throws Exception {
        Caller otherCoordinator =
                new Caller(-42, "coordinator2.md@it.example.org", EnumSet.of(Role.COORDINATOR), Country.MD);
        ManagedThreadFactory threads =
                (ManagedThreadFactory) new InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        for (int round = 0; round < 3; round++) {
            seminar = twoSessionSeminar();
            long one = seminar.getSessions().get(0).getId();
            long two = seminar.getSessions().get(1).getId();
            Account ioana = participant("cert-mail-race-" + round, "Ioana Rusu", Language.RO);
            mark(one, ioana, MarkEntry.of(AttendanceStatus.PRESENT));
            CountDownLatch go = new CountDownLatch(1);
            FutureTask<Void> closeOne = closing(go, () -> rollCall.close(COORDINATOR_MD, one));
            FutureTask<Void> closeTwo = closing(go, () -> rollCall.close(otherCoordinator, two));
            threads.newThread(closeOne).start();
            threads.newThread(closeTwo).start();
            go.countDown();
            closeOne.get(60, TimeUnit.SECONDS);
            closeTwo.get(60, TimeUnit.SECONDS);

            // Read in a transaction of its own: the end of the server's threads closes this thread's
            // persistence context for reads outside a transaction.
            transaction.begin();
            boolean issued = certificates.find(seminar.getId(), ioana.getId()).isPresent();
            List<OutboxMessage> letters = letters(ioana);
            transaction.commit();
            assertTrue(issued, "whichever closing came second saw both sessions closed");
            assertEquals(1, letters.size());
        }
    }

    private static FutureTask<Void> closing(CountDownLatch go, Runnable close) {
        return new FutureTask<>(() -> {
            go.await();
            close.run();
            return null;
        });
    }

    private static SessionDetails session(LocalDate day, String room) {
        return new SessionDetails(null, day, LocalTime.of(9, 0), LocalTime.of(13, 0), room, new BigDecimal("4.00"));
    }

    private Account participant(String localPart, String name, Language language) {
        Account account = signUp.register(
                        new NewAccount(email(localPart), name, Country.MD, Profession.SOCIAL_WORKER, language),
                        "violet harbour lantern",
                        true)
                .orElseThrow();
        registrations.add(COORDINATOR_MD, seminar.getId(), account.getEmail());
        testData.forgetMailTo(account.getEmail());
        return account;
    }

    private void mark(long session, Account person, MarkEntry entry) {
        rollCall.set(COORDINATOR_MD, session, person.getId(), entry);
    }

    /** The learning letters written to the person since the test began. */
    private List<OutboxMessage> letters(Account person) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(person.getEmail()))
                .filter(m -> m.getTopic() == MailTopic.LEARNING)
                .filter(m -> !m.getCreatedAt().isBefore(began))
                .toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String html(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(1).getContent();
    }
}
