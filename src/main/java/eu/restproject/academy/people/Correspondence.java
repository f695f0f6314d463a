package eu.restproject.academy.people;

import eu.restproject.academy.mail.Letter;
import eu.restproject.academy.mail.MailTopic;
import eu.restproject.academy.mail.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writing to a person with an account: in their language, to their address, only about the topics
 * they did not turn off. Every feature writes through here, in the transaction of the change the
 * message is about, so the message is kept exactly when the change is.
 */
@ApplicationScoped
public class Correspondence {

    @Inject
    private Outbox outbox;

    /**
     * Writes the letter that {@code content} fills in (subject, paragraphs, link, attachment), unless
     * the person turned the topic off; returns whether a message was written.
     */
    @Transactional(TxType.MANDATORY)
    public boolean write(Account account, MailTopic topic, UnaryOperator<Letter> content) {
        Optional<Letter> letter = letterTo(account, topic);
        letter.map(content).ifPresent(outbox::add);
        return letter.isPresent();
    }

    /** The empty letter to the person, or nothing if they turned the topic off. */
    public Optional<Letter> letterTo(Account account, MailTopic topic) {
        if (!account.wants(topic)) {
            return Optional.empty();
        }
        return Optional.of(Letter.to(account.getEmail(), account.getDisplayName(), account.getLanguage(), topic));
    }
}
