package eu.restproject.academy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.restproject.academy.mail.MailSender;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import eu.restproject.academy.mail.OutboxMessage;
import eu.restproject.academy.platform.InvalidInputException;
import eu.restproject.academy.support.TestData;
import eu.restproject.academy.support.TestMailServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each person's mail choices against the real database and SMTP server: a topic turned off in the
 * profile is not written at all, a mandatory one is written whatever was chosen, and mandatory topics
 * cannot be turned off.
 */
@ExtendWith(ArquillianExtension.class)
class MailChoicesIT {

    @Inject
    private TestData testData;

    @Inject
    private Profile profile;

    @Inject
    private Accounts accounts;

    @Inject
    private Correspondence correspondence;

    @Inject
    private Outbox outbox;

    @Inject
    private MailSender sender;

    @Resource
    private UserTransaction transaction;

    @BeforeEach
    void start() {
        TestMailServer.start();
        // Also the letters an earlier run left unsent, which would arrive in this one's count.
        testData.removeTestAccounts();
    }

    @Test
    void aDeclinedTopicIsNotWrittenWhileMandatoryAndWantedOnesAre() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        Account person = testData.person("choices-declined", Role.PARTICIPANT, Country.AT, Profession.LAWYER);
        Caller caller = Caller.of(person);
        profile.declineTopics(caller, EnumSet.of(MailTopic.LEARNING, MailTopic.SEMINAR_REMINDERS));
        assertEquals(Set.of(MailTopic.LEARNING, MailTopic.SEMINAR_REMINDERS), profile.declinedTopics(caller));

        List<Boolean> written = new ArrayList<>();
        transaction.begin();
        Account account = accounts.get(person.getId());
        for (MailTopic topic : List.of(
                MailTopic.LEARNING, MailTopic.SEMINAR_REMINDERS, MailTopic.ACCOUNT, MailTopic.SEMINAR_UPDATES)) {
            written.add(correspondence.write(account, topic, letter -> letter.subject(topic.labelKey())));
        }
        transaction.commit();

        assertEquals(List.of(false, false, true, true), written);
        assertEquals(
                List.of(MailTopic.ACCOUNT, MailTopic.SEMINAR_UPDATES),
                messagesFor(person.getEmail(), started).stream()
                        .map(OutboxMessage::getTopic)
                        .sorted()
                        .toList());

        List<MimeMessage> received = deliver(person.getEmail(), 2);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : received) {
            subjects.add(message.getSubject());
        }
        assertTrue(subjects.contains("Your account (password reset, confirmation) – REST Academy"), subjects::toString);
        assertTrue(subjects.contains("Seminar registrations and changes – REST Academy"), subjects::toString);
        assertEquals(
                2,
                TestMailServer.awaitMessagesTo(person.getEmail(), 3, Duration.ofSeconds(2))
                        .size());
    }

    @Test
    void aMandatoryTopicCannotBeTurnedOffAndNothingChanges() {
        Account person = testData.person("choices-mandatory", Role.PARTICIPANT, Country.FR, Profession.POLICE);
        Caller caller = Caller.of(person);
        profile.declineTopics(caller, EnumSet.of(MailTopic.LEARNING));

        for (MailTopic mandatory :
                List.of(MailTopic.ACCOUNT, MailTopic.SEMINAR_INVITATION, MailTopic.SEMINAR_CANCELLED)) {
            InvalidInputException refusal = assertThrows(
                    InvalidInputException.class,
                    () -> profile.declineTopics(caller, EnumSet.of(MailTopic.SEMINAR_UPDATES, mandatory)));
            assertEquals("error.mail.topic.mandatory", refusal.messageKey());
            assertEquals("declined", refusal.field());
        }
        assertEquals(Set.of(MailTopic.LEARNING), profile.declinedTopics(caller));
        assertTrue(accounts.get(person.getId()).wants(MailTopic.ACCOUNT));
    }

    @Test
    void aNewChoiceReplacesTheOldOne() {
        Account person = testData.person("choices-replace", Role.PARTICIPANT, Country.ES, Profession.JUDGE_PROSECUTOR);
        Caller caller = Caller.of(person);
        profile.declineTopics(caller, EnumSet.of(MailTopic.LEARNING, MailTopic.SEMINAR_UPDATES));
        profile.declineTopics(caller, EnumSet.of(MailTopic.SEMINAR_REMINDERS));

        Account reloaded = accounts.get(person.getId());
        assertTrue(reloaded.wants(MailTopic.LEARNING));
        assertTrue(reloaded.wants(MailTopic.SEMINAR_UPDATES));
        assertFalse(reloaded.wants(MailTopic.SEMINAR_REMINDERS));

        profile.declineTopics(caller, EnumSet.noneOf(MailTopic.class));
        assertEquals(Set.of(), profile.declinedTopics(caller));
    }

    /** This run's messages: the PostgreSQL stage's outbox keeps those of earlier runs. */
    private List<OutboxMessage> messagesFor(String recipient, Instant since) {
        return outbox.latest(Optional.empty(), 10_000).stream()
                .filter(m -> m.getRecipient().equals(recipient))
                .filter(m -> m.getCreatedAt().isAfter(since))
                .toList();
    }

    /** Sends what the outbox holds (other tests' letters too) until {@code address} has {@code count} messages. */
    private List<MimeMessage> deliver(String address, int count) throws InterruptedException {
        for (int round = 0; round < 20 && TestMailServer.messagesTo(address).size() < count; round++) {
            if (sender.drain("mail-choices-it", Instant.now()) == 0) {
                break;
            }
        }
        List<MimeMessage> received = TestMailServer.awaitMessagesTo(address, count, Duration.ofSeconds(10));
        assertEquals(count, received.size(), "messages to " + address);
        return received;
    }
}
