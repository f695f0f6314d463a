package eu.restproject.academy.mail;

import static eu.restproject.academy.support.TestData.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.platform.i18n.Language;
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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
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
