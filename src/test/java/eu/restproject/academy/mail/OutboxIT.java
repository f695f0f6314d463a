package eu.restproject.academy.mail;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
import eu.restproject.academy.support.RefusingSmtpServer;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox against the real database and a real SMTP server (GreenMail on the stage's mail port):
 * a message exists only if the change that caused it was kept, goes to the server once, and waits
 * while the server is away.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Inject
    private Outbox outbox;

    @Inject
    private MailSender sender;

    @Resource
    private UserTransaction transaction;

    @Inject
    private TestData testData;

    @BeforeEach
    void noEarlierMail() {
        testData.removeAllMail();
    }

    @AfterEach
    void serverBackUp() {
        TestMailServer.start();
    }

    @Test
    void aMessageIsKeptOnlyWithTheChangeThatCausedIt() throws Exception {
        String kept = email("outbox-kept");
        String rolledBack = email("outbox-rolled-back");

        transaction.begin();
        outbox.add(letter(kept));
        transaction.commit();
        transaction.begin();
        outbox.add(letter(rolledBack));
        transaction.rollback();

        assertEquals(1, messagesFor(kept).size());
        assertEquals(OutboxMessage.Status.PENDING, messagesFor(kept).get(0).getStatus());
        assertEquals(List.of(), messagesFor(rolledBack));
    }

    @Test
    void aMessageCannotBeWrittenOutsideTheChangesTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.add(letter(email("outbox-no-tx"))));
    }

    @Test
    void theServerReceivesTheLetterOnceInTheRecipientsLanguage() throws Exception {
        TestMailServer.start();
        String to = email("outbox-german");
        add(Letter.to(to, "Ana Müller", Language.DE, MailTopic.ACCOUNT)
                .subject("mail.topic.ACCOUNT")
                .paragraph("mail.footer.mandatory")
                .link("mail.footer.profile", "/account/profile.xhtml"));

        sender.drain("node-a", Instant.now());
        sender.drain("node-a", Instant.now());

        List<MimeMessage> received = TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(10));
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("Ihr Konto (Passwort zurücksetzen, Bestätigung) – REST Academy", mail.getSubject());
        assertEquals("de", mail.getHeader("Content-Language", null));
        assertTrue(mail.getHeader("To", null).contains("Ana"), mail.getHeader("To", null));
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(text.startsWith("Hallo Ana Müller,"), text);
        assertTrue(text.contains("https://academy.example.org/account/profile.xhtml"), text);
        assertTrue(html.contains("<a href=\"https://academy.example.org/account/profile.xhtml\">"), html);
        assertEquals(OutboxMessage.Status.SENT, messagesFor(to).get(0).getStatus());
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        TestMailServer.start();
        List<String> recipients =
                IntStream.range(0, 12).mapToObj(i -> email("outbox-race-" + i)).toList();
        transaction.begin();
        recipients.forEach(to -> outbox.add(letter(to)));
        transaction.commit();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Instant now = Instant.now();
            var first = nodes.submit(() -> sender.drain("node-a", now));
            var second = nodes.submit(() -> sender.drain("node-b", now));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            nodes.shutdown();
        }

        for (String to : recipients) {
            assertEquals(
                    1,
                    TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(10))
                            .size(),
                    to);
            assertEquals(OutboxMessage.Status.SENT, messagesFor(to).get(0).getStatus(), to);
        }
        Thread.sleep(500);
        for (String to : recipients) {
            assertEquals(1, TestMailServer.messagesTo(to).size(), "sent twice: " + to);
        }
    }

    @Test
    void whileTheServerIsDownMessagesWaitThenGoOnce() throws Exception {
        TestMailServer.stop();
        String to = email("outbox-server-down");
        add(letter(to));

        Instant now = Instant.now();
        sender.drain("node-a", now);
        OutboxMessage waiting = messagesFor(to).get(0);
        assertEquals(OutboxMessage.Status.PENDING, waiting.getStatus());
        assertEquals(1, waiting.getAttempts());
        assertTrue(waiting.getLastError().contains("Connect"), waiting.getLastError());
        assertTrue(waiting.getNextAttemptAt().isAfter(now), "waits before the next attempt");

        sender.drain("node-a", now);
        assertEquals(1, messagesFor(to).get(0).getAttempts(), "no attempt before its time");

        TestMailServer.start();
        sender.drain("node-a", now.plus(Duration.ofMinutes(30)));
        sender.drain("node-a", now.plus(Duration.ofMinutes(60)));
        assertEquals(
                1, TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(10)).size());
        OutboxMessage sent = messagesFor(to).get(0);
        assertEquals(OutboxMessage.Status.SENT, sent.getStatus());
        assertEquals(2, sent.getAttempts());
    }

    @Test
    void anUnreachableServerEndsTheRunAfterOneAttempt() throws Exception {
        TestMailServer.stop();
        String first = email("outbox-unreachable-1");
        String second = email("outbox-unreachable-2");
        add(letter(first));
        add(letter(second));

        sender.drain("node-a", Instant.now());

        assertEquals(1, messagesFor(first).get(0).getAttempts());
        assertEquals(0, messagesFor(second).get(0).getAttempts(), "waits for the next run without losing an attempt");
    }

    @Test
    void afterTheLastAttemptTheMessageFailsUntilTheAdminSendsItAgain() throws Exception {
        TestMailServer.stop();
        String to = email("outbox-gives-up");
        add(letter(to));

        Instant later = Instant.now();
        for (int attempt = 0; attempt < 12; attempt++) {
            later = later.plus(Duration.ofDays(1));
            sender.drain("node-a", later);
        }
        OutboxMessage failed = messagesFor(to).get(0);
        assertEquals(OutboxMessage.Status.FAILED, failed.getStatus());
        assertEquals(8, failed.getAttempts(), "academy.mail.max-attempts");

        TestMailServer.start();
        sender.drain("node-a", later.plus(Duration.ofDays(1)));
        assertEquals(List.of(), TestMailServer.messagesTo(to), "a failed message stays failed");

        assertTrue(outbox.retry(failed.getId()));
        sender.drain("node-a", Instant.now());
        assertEquals(
                1, TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(10)).size());
        assertEquals(OutboxMessage.Status.SENT, messagesFor(to).get(0).getStatus());
        assertTrue(!outbox.retry(failed.getId()), "only failed messages are sent again");
    }

    @Test
    void aRecipientTheServerRefusesFailsAtOnceWhileTheOthersGo() throws Exception {
        String refused = email("outbox-no-such-mailbox");
        String first = email("outbox-refused-neighbour-1");
        String second = email("outbox-refused-neighbour-2");
        transaction.begin();
        outbox.add(letter(first));
        outbox.add(letter(refused));
        outbox.add(letter(second));
        transaction.commit();

        TestMailServer.stop();
        try (RefusingSmtpServer server = new RefusingSmtpServer(TestMailServer.stagePort(), Set.of(refused))) {
            sender.drain("node-a", Instant.now());

            List<String> delivered = server.accepted().stream()
                    .flatMap(a -> a.recipients().stream())
                    .toList();
            assertTrue(delivered.contains(first), delivered.toString());
            assertTrue(delivered.contains(second), delivered.toString());
            assertTrue(!delivered.contains(refused), delivered.toString());
        }
        OutboxMessage failed = messagesFor(refused).get(0);
        assertEquals(OutboxMessage.Status.FAILED, failed.getStatus(), "a refused mailbox is not tried again");
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError().contains("550"), failed.getLastError());
        assertEquals(OutboxMessage.Status.SENT, messagesFor(first).get(0).getStatus());
        assertEquals(OutboxMessage.Status.SENT, messagesFor(second).get(0).getStatus());
    }

    @Test
    void aRecipientThatIsNoAddressFailsAtOnceWhileTheOthersGo() throws Exception {
        TestMailServer.start();
        String after = email("outbox-after-bad-address");
        add(letter("nobody at all"));
        add(letter(after));

        sender.drain("node-a", Instant.now());

        OutboxMessage failed = messagesFor("nobody at all").get(0);
        assertEquals(OutboxMessage.Status.FAILED, failed.getStatus(), "no later attempt can make it an address");
        assertEquals(1, failed.getAttempts());
        assertEquals(
                1,
                TestMailServer.awaitMessagesTo(after, 1, Duration.ofSeconds(10)).size());
    }

    @Test
    void lineBreaksInANameOrASubjectAddNoHeader() throws Exception {
        TestMailServer.start();
        String to = email("outbox-injection");
        String planted = email("outbox-planted");
        add(Letter.to(to, "Eve\r\nBcc: " + planted, Language.EN, MailTopic.ACCOUNT)
                .subject("mail.greeting", "Seminar\r\nBcc: " + planted + "\nX-Injected: yes"));

        sender.drain("node-a", Instant.now());

        MimeMessage mail =
                TestMailServer.awaitMessagesTo(to, 1, Duration.ofSeconds(10)).get(0);
        assertEquals(null, mail.getHeader("Bcc"));
        assertEquals(null, mail.getHeader("X-Injected"));
        assertEquals(1, mail.getRecipients(jakarta.mail.Message.RecipientType.TO).length);
        assertTrue(
                mail.getSubject().startsWith("Hello Seminar Bcc: " + planted + " X-Injected: yes"), mail.getSubject());
        String messageId = mail.getMessageID();
        long copies = java.util.Arrays.stream(TestMailServer.start().getReceivedMessages())
                .filter(m -> {
                    try {
                        return messageId.equals(m.getMessageID());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        assertEquals(1, copies, "delivered to one mailbox only");
    }

    private void add(Letter letter) throws Exception {
        transaction.begin();
        outbox.add(letter);
        transaction.commit();
    }

    private static Letter letter(String to) {
        return Letter.to(to, "Outbox Test", Language.EN, MailTopic.ACCOUNT).subject("mail.topic.ACCOUNT");
    }

    private List<OutboxMessage> messagesFor(String recipient) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(recipient))
                .toList();
    }
}
